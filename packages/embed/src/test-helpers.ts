import { expect } from '@open-wc/testing';
// Shared by the embed package's browser tests: fixture pages in iframes, and waiting for them.

export interface Probe {
  violations: string[];
  errors: string[];
  loads: string[];
  failures: string[];
}

export type FixtureWindow = Window & typeof globalThis & { probe: Probe };

/** Polls until `check` returns a truthy value, or fails with `what`. */
export async function waitFor<T>(
  check: () => T,
  what: string,
  timeout = 8000,
): Promise<NonNullable<T>> {
  const start = performance.now();
  for (;;) {
    let value: T | undefined;
    try {
      value = check();
    } catch {
      value = undefined;
    }
    if (value) return value as NonNullable<T>;
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const frames: HTMLIFrameElement[] = [];

/** Opens `url` in a visible iframe of the test page and resolves once it has loaded. */
export async function openFrame(
  url: string,
  width = 640,
  height = 200,
): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = String(height);
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Removes every frame opened so far. */
export function closeFrames(): void {
  for (const frame of frames.splice(0)) frame.remove();
}

/** The fixture's window, with the probe its first script installed. */
export function win(frame: HTMLIFrameElement): FixtureWindow {
  return frame.contentWindow as FixtureWindow;
}

/** The rendered shadow root of the first `tag` in the frame, once it shows more than a loading state. */
export function rendered(frame: HTMLIFrameElement, tag: string): Promise<ShadowRoot> {
  return waitFor(() => {
    const root = frame.contentDocument?.querySelector(tag)?.shadowRoot;
    return root &&
      root.querySelector('.skeleton, [part="skeleton"]') === null &&
      root.textContent?.trim()
      ? root
      : undefined;
  }, `<${tag}> to render`);
}

export const tags = ['sa-indicator-sparkline', 'sa-focus-area-card', 'sa-overview'];
// Engines without Trusted Types (older Firefox) enforce nothing: the pages must still work there.
export const enforcesTrustedTypes = 'trustedTypes' in window;

/** Every widget in the fixture has rendered from the sample file, with no error anywhere. */
export async function expectRendered(frame: HTMLIFrameElement): Promise<void> {
  for (const tag of tags) {
    const root = await rendered(frame, tag);
    expect(
      root.querySelector('[role="alert"]')?.textContent ?? null,
      `${tag} shows no error`,
    ).to.equal(null);
  }
  const w = win(frame);
  await waitFor(
    () => tags.every((tag) => w.probe.loads.includes(tag)),
    'sa-load from every widget',
  );
  expect(w.probe.failures, 'sa-error events').to.deep.equal([]);
  expect(w.probe.errors, 'uncaught errors').to.deep.equal([]);
  expect(w.probe.violations, 'CSP violations').to.deep.equal([]);
}
