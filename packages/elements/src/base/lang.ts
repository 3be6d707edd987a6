import { isServer } from 'lit';
import type { Lang } from '@sundhedsaftale/data';

type LangNode = {
  lang?: string;
  getAttribute?: (name: string) => string | null;
  parentNode?: LangNode | null;
  host?: LangNode;
};

/**
 * The UI language: the element's own `lang`, else the nearest ancestor's (across shadow roots), else Danish.
 * Only `en…` selects English; every other language gets Danish, the language of the data.
 * Duck-typed rather than `instanceof Element`, so it also runs under server rendering.
 */
export function resolveLang(el: Element): Lang {
  let node: LangNode | null | undefined = el as unknown as LangNode;
  while (node) {
    // The property first: a widget's `lang` set as a property is written to the attribute only after
    // the render that reads it.
    const lang = node.lang || node.getAttribute?.('lang');
    if (lang) return /^en\b/i.test(lang) ? 'en' : 'da';
    node = node.parentNode ?? node.host;
  }
  return 'da';
}

type Follower = Element & { requestUpdate(): void };

/** Every connected element that has rendered, with the language it rendered in. */
const rendered = new Map<Follower, Lang>();
let observer: MutationObserver | undefined;

/** A `lang` changed somewhere in the page: only the elements whose language it changes render again. */
function onLangChange(): void {
  for (const [el, lang] of rendered) if (resolveLang(el) !== lang) el.requestUpdate();
}

/**
 * Notes the language an element has just rendered in, so a later change of `<html lang>` or of an
 * ancestor's `lang` renders it again. One observer serves the whole page (as Shoelace's localize
 * controller watches `document.documentElement`): it watches only `lang` attributes in the document, and
 * a change costs one ancestor walk per rendered element, so a thousand sparklines add no observers and no
 * work until a language menu is used. An element's own `lang` is a reactive property and needs none of it.
 */
export function followLang(el: Follower, lang: Lang): void {
  // Server rendering: nothing changes after the page is written.
  if (isServer) return;
  rendered.set(el, lang);
  if (!observer) {
    observer = new MutationObserver(onLangChange);
    observer.observe(document.documentElement, {
      attributeFilter: ['lang'],
      subtree: true,
    });
  }
}

/** Forgets a disconnected element (it compares its language again when it is connected). */
export function unfollowLang(el: Follower): void {
  rendered.delete(el);
}
