import type { Lang, LocalizedText } from './types.js';

/**
 * The text for `lang` from a string or `{ da, en }` object, falling back to the other language.
 * Anything that is not text yields '' so a broken document never shows `[object Object]`.
 */
export function text(value: LocalizedText | null | undefined, lang: Lang = 'da'): string {
  if (typeof value === 'string') return value;
  if (value === null || typeof value !== 'object') return '';
  const own = Object.prototype.hasOwnProperty;
  const pick = (key: Lang) =>
    own.call(value, key) && typeof value[key] === 'string' ? (value[key] as string) : '';
  return pick(lang) || pick(lang === 'da' ? 'en' : 'da');
}
