import { expect } from '@open-wc/testing';
import {
  closeFrames,
  enforcesTrustedTypes,
  expectRendered,
  openFrame,
  waitFor,
  win,
} from './test-helpers.js';

const fixture = (name: string) => `/packages/embed/test/fixtures/${name}.html`;
describe('sundhedsaftale.js', () => {
  afterEach(closeFrames);

  it('renders every element from a sample file on a plain page with one module script', async () => {
    const frame = await openFrame(fixture('plain'));
    await expectRendered(frame);
    expect(win(frame).customElements.get('sa-agreement')).to.exist;
  });

  it('is one file: the page requests nothing but the bundle and the data file', async () => {
    const frame = await openFrame(fixture('plain'));
    await expectRendered(frame);
    const requested = win(frame)
      .performance.getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((path) => !path.endsWith('/probe.js'))
      // The test server's own live-reload script, injected into every page it serves.
      .filter((path) => !path.startsWith('/__web-dev-server'));
    expect(requested).to.have.members([
      '/packages/embed/dist/sundhedsaftale.js',
      '/packages/data/samples/midt-2019-2023.json',
    ]);
  });

  it('renders under Trusted Types after another copy of Lit has created the lit-html policy', async () => {
    const frame = await openFrame(fixture('trusted-types'));
    await expectRendered(frame);
    // The page's own Lit still works beside the bundle.
    expect(frame.contentDocument?.getElementById('other-lit')?.textContent).to.contain(
      "page's own Lit",
    );
  });

  it('renders under Trusted Types beside the npm package (its Lit loaded first)', async () => {
    const frame = await openFrame(fixture('beside-npm'));
    await expectRendered(frame);
  });

  it('is harmless loaded twice, and beside the classic script, under Trusted Types', async () => {
    const frame = await openFrame(fixture('twice'));
    await expectRendered(frame);
    // Both module URLs and the classic script really ran.
    const scripts = win(frame)
      .performance.getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname + new URL(e.name).search)
      .filter((path) => path.includes('sundhedsaftale'));
    expect(scripts).to.include.members([
      '/packages/embed/dist/sundhedsaftale.js',
      '/packages/embed/dist/sundhedsaftale.js?again',
      '/packages/embed/dist/sundhedsaftale.iife.js',
    ]);
  });

  it('works as a classic script (sundhedsaftale.iife.js) under Trusted Types', async () => {
    const frame = await openFrame(fixture('classic'));
    await expectRendered(frame);
  });

  it('styles every element with the shared and its own rules, as a module and as a classic script', async () => {
    // The build moves the stylesheet text to the end of the script (vite.config.ts, stylesLast).
    for (const page of ['plain', 'classic']) {
      const frame = await openFrame(fixture(page));
      await expectRendered(frame);
      const w = win(frame);
      const style = (tag: string, selector?: string) => {
        const host = frame.contentDocument!.querySelector(tag)!;
        return w.getComputedStyle(selector ? host.shadowRoot!.querySelector(selector)! : host);
      };
      expect(style('sa-overview').display, page).to.equal('block'); // base: :host
      expect(style('sa-overview', '.visually-hidden').position, page).to.equal('absolute'); // base
      expect(style('sa-overview', '.status-summary').display, page).to.equal('flex'); // status
      expect(style('sa-overview', '.overview').display, page).to.equal('grid');
      expect(style('sa-focus-area-card', '.card').display, page).to.equal('grid');
      expect(style('sa-indicator-sparkline', '.sparkline').display, page).to.equal('grid');
      closeFrames();
    }
  });

  it('needs the sundhedsaftale policy name: a page that allows only lit-html blocks it (control)', async () => {
    // Nothing to prove where the engine enforces no Trusted Types.
    if (!enforcesTrustedTypes) return;
    const frame = await openFrame(fixture('policy-not-allowed'));
    const w = win(frame);
    await waitFor(() => w.probe.violations.length > 0, 'a Trusted Types violation');
    expect(w.probe.violations.join('\n')).to.contain('trusted-types');
  });
});
