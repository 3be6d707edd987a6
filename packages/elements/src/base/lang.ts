import type { Lang } from '@sundhedsaftale/data';

/**
 * The UI language: the element's own `lang`, else the nearest ancestor's (across shadow roots), else Danish.
 * Only `en…` selects English; every other language gets Danish, the language of the data.
 */
export function resolveLang(el: Element): Lang {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return /^en\b/i.test(lang) ? 'en' : 'da';
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'da';
}
