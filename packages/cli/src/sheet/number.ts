/**
 * Numbers as the secretariat types them: Danish (`12,5`, `1.234,5`, `−3,2`) or plain (`12.5`, `-3`).
 * Pure; no Node or DOM APIs.
 */

/** Minus signs people type or paste: hyphen-minus, the real minus sign (U+2212), an en dash. */
const SIGN = /^([+\-\u2212\u2013])/;
/** Spaces used to group thousands: space, no-break space, narrow no-break space. */
const GROUP_SPACE = /[ \u00a0\u202f]/g;

const DANISH = /^(?:\d{1,3}(?:\.\d{3})+|\d{1,3}(?: \d{3})+|\d+)(?:,(\d+))?$/;
const DOT_GROUPS = /^\d{1,3}(?:\.\d{3}){2,}$/;
const SPACE_GROUPS = /^\d{1,3}(?: \d{3})+$/;
const PLAIN = /^\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
/** `1.234`: a Danish thousand or an English decimal; we refuse to guess. */
const AMBIGUOUS = /^[1-9]\d{0,2}\.\d{3}$/;

function unsigned(input: string): { sign: number; digits: string } {
  const s = input.trim().replace(GROUP_SPACE, ' ');
  const m = SIGN.exec(s);
  if (!m) return { sign: 1, digits: s };
  return { sign: m[1] === '+' ? 1 : -1, digits: s.slice(1) };
}

/**
 * The number written in `text`, or undefined if it is not a number or is ambiguous (`1.234`).
 * A comma makes it Danish: dots (or spaces) group thousands and the comma is the decimal mark.
 * Without a comma a single dot is a decimal point, except in `1.234`, which could be either.
 */
export function parseDanishNumber(text: string): number | undefined {
  if (typeof text !== 'string') return undefined;
  const { sign, digits } = unsigned(text);
  let plain: string | undefined;
  if (digits.includes(',')) {
    const m = DANISH.exec(digits);
    if (m) plain = `${digits.slice(0, digits.indexOf(',')).replace(/[. ]/g, '')}.${m[1] ?? '0'}`;
  } else if (DOT_GROUPS.test(digits) || SPACE_GROUPS.test(digits)) {
    plain = digits.replace(/[. ]/g, '');
  } else if (PLAIN.test(digits) && !AMBIGUOUS.test(digits)) {
    plain = digits;
  }
  if (plain === undefined) return undefined;
  const value = sign * Number(plain);
  return Number.isFinite(value) ? (value === 0 ? 0 : value) : undefined;
}

/** True for `1.234` and the like, which parseDanishNumber() refuses because it could mean 1234 or 1.234. */
export function isAmbiguousNumber(text: string): boolean {
  return AMBIGUOUS.test(unsigned(text).digits);
}

/**
 * `value` as Danish Excel writes it in a CSV file: decimal comma, no grouping (`1234,5`, `-3,2`).
 * parseDanishNumber() reads it back exactly.
 */
export function formatDanishNumber(value: number): string {
  const s = String(value);
  return /e/i.test(s) ? s : s.replace('.', ',');
}
