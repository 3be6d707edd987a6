/**
 * Registers a tag unless it is taken. Two copies of the library on one page (the bundle beside the npm
 * package, or the bundle loaded twice) must not throw.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  try {
    customElements.define(tag, ctor);
  } catch {
    // Another copy won a race, or the page patched define(): the tag is somebody else's now.
  }
}
