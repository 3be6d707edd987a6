import type { Lang } from '@sundhedsaftale/data';

type LangNode = {
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
    const lang = node.getAttribute?.('lang');
    if (lang) return /^en\b/i.test(lang) ? 'en' : 'da';
    node = node.parentNode ?? node.host;
  }
  return 'da';
}
