import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define.js';

/** The fenced blocks of one language in a Markdown file, leaving out those marked "not run". */
function blocks(markdown: string, lang: string): string[] {
  const re = /(<!-- not run:[^>]*-->\s*)?```(\w+)\n([\s\S]*?)```/g;
  return Array.from(markdown.matchAll(re))
    .filter(([, skip, l]) => !skip && l === lang)
    .map(([, , , code]) => code!);
}

describe("docs/developers.md's HTML examples", () => {
  it('each renders as written, with the data file at the path it names', async () => {
    const doc = await (await fetch('/docs/developers.md')).text();
    const examples = blocks(doc, 'html');
    expect(examples.length).to.be.at.least(2);
    for (const example of examples) {
      // The page's bundle is this test's define.js; /data/ is the test server's samples.
      const page = new DOMParser().parseFromString(
        example.replaceAll(/src="\/data\/([\w-]+)\.json"/g, 'src="/__test__/sample/$1"'),
        'text/html',
      );
      page.querySelectorAll('script').forEach((s) => s.remove());
      const container = document.body.appendChild(document.createElement('div'));
      const outcomes = new Map<EventTarget, string>();
      for (const type of ['sa-load', 'sa-error'])
        container.addEventListener(type, (e) => outcomes.set(e.target!, e.type));
      try {
        container.append(...Array.from(page.body.childNodes));
        const widgets = Array.from(container.querySelectorAll('*')).filter(
          (el) => el.localName.startsWith('sa-') && el.localName !== 'sa-agreement',
        );
        expect(widgets.length, example).to.be.at.least(1);
        await waitUntil(() => widgets.every((el) => outcomes.has(el)), example, { timeout: 5000 });
        for (const el of widgets) {
          expect(outcomes.get(el), `${el.localName} in ${example}`).to.equal('sa-load');
          expect(el.shadowRoot!.querySelector('[role="alert"]'), example).to.equal(null);
          expect(el.shadowRoot!.textContent!.trim(), example).not.to.equal('');
        }
      } finally {
        container.remove();
      }
    }
  });
});
