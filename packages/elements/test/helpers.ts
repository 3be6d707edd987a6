import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { Agreement } from '@sundhedsaftale/data';

const cache = new Map<string, Promise<Agreement>>();

/** A sample agreement from @sundhedsaftale/data, parsed afresh for each caller. */
export async function sample(name: 'midt-2019-2023' | 'midt-2024-2027'): Promise<Agreement> {
  let text = cache.get(name);
  if (!text) {
    text = fetch(`/packages/data/samples/${name}.json`).then((r) => r.json());
    cache.set(name, text);
  }
  return structuredClone(await text);
}

/** Waits until the element fires sa-load or sa-error, whichever comes first. */
export async function settled(el: HTMLElement): Promise<Event> {
  return Promise.race([oneEvent(el, 'sa-load'), oneEvent(el, 'sa-error')]);
}

/** Every text and attribute value rendered in the element's shadow tree (and nested shadow trees). */
export function renderedStrings(root: Element | ShadowRoot): string[] {
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) out.push(node.textContent ?? '');
    if (node instanceof Element) {
      for (const attr of Array.from(node.attributes)) out.push(attr.value);
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    node.childNodes.forEach(walk);
  };
  walk(root);
  return out;
}

/** Fails if any rendered text or attribute shows a leaked JavaScript value. */
export function expectNoLeakedValues(el: Element): void {
  const bad = renderedStrings(el.shadowRoot ?? el).filter((s) =>
    /\bNaN\b|\bundefined\b|\[object Object\]|\bnull\b/.test(s),
  );
  expect(bad, 'rendered strings with NaN/undefined/null/[object Object]').to.deep.equal([]);
}

/** Request count recorded by the test server for a key. */
export async function requestCount(key: string): Promise<number> {
  const res = await fetch(`/__test__/count/${key}`);
  return ((await res.json()) as { count: number }).count;
}

export const shadow = (el: Element) => el.shadowRoot!;

/** The CSS text of every `@media print` rule of an element's shadow stylesheets: what paper gets. */
export const printCss = (el: Element): string =>
  (el.shadowRoot!.adoptedStyleSheets ?? [])
    .flatMap((sheet) => Array.from(sheet.cssRules))
    .filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText === 'print')
    .map((r) => r.cssText)
    .join('\n');
export const unique = () => Math.random().toString(36).slice(2);

/** Fails if any attribute in the element's shadow tree holds NaN or Infinity (broken chart geometry). */
export function expectFiniteAttributes(el: Element): void {
  const bad: string[] = [];
  for (const node of Array.from(shadow(el).querySelectorAll('*'))) {
    for (const attr of Array.from(node.attributes)) {
      if (/NaN|Infinity/.test(attr.value))
        bad.push(`${node.localName} ${attr.name}="${attr.value}"`);
    }
  }
  expect(bad, 'attributes with NaN or Infinity').to.deep.equal([]);
}

type Tag = 'sa-indicator-sparkline' | 'sa-focus-area-card' | 'sa-overview' | 'sa-area-comparison';

/**
 * `<tag>` with `attrs` and `agreement` as `.data`, appended to a fresh fixture (`wrapper`, an empty
 * `<div>` unless given) and rendered once; elements nested in it may still be rendering.
 */
export async function renderElement<T extends Tag>(
  tag: T,
  agreement: Agreement,
  attrs: Record<string, string> = {},
  wrapper = html`<div></div>`,
): Promise<HTMLElementTagNameMap[T]> {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.data = agreement;
  (await fixture(wrapper)).append(el);
  await el.updateComplete;
  return el;
}

/** `<sa-indicator-sparkline indicator=…>` with `attrs` and `agreement` as `.data`, rendered in a fresh fixture. */
export const renderSparkline = (
  agreement: Agreement,
  indicator: string,
  attrs: Record<string, string> = {},
) => renderElement('sa-indicator-sparkline', agreement, { indicator, ...attrs });
