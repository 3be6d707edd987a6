/**
 * Writing a sheet's rows into the document: the one upsert by id (indicators, areas) and the field
 * writers, which leave whatever the workbook does not cover as it was. Pure; no Node or DOM APIs.
 */

/** A JSON object of the document being merged into. */
export type Json = Record<string, unknown>;

export const isRecord = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A list in the document whose items have ids: found by id, or added as `{ id }` at its end. */
export class ById {
  readonly #index = new Map<string, number>();

  constructor(readonly list: unknown[]) {
    list.forEach((item, i) => {
      if (isRecord(item) && typeof item.id === 'string') this.#index.set(item.id, i);
    });
  }

  /** The item with `id` and its place in the list, if there is one. */
  get(id: string): { item: Json; index: number } | undefined {
    const index = this.#index.get(id);
    return index === undefined ? undefined : { item: this.list[index] as Json, index };
  }

  /** The item with `id`, added as `{ id }` when the list has none (`added`). */
  upsert(id: string): { item: Json; index: number; added: boolean } {
    const found = this.get(id);
    if (found) return { ...found, added: false };
    const index = this.list.push({ id }) - 1;
    this.#index.set(id, index);
    return { item: this.list[index] as Json, index, added: true };
  }

  /** Puts `item` in the place of the item with `id` (e.g. the same object with its keys in order). */
  replace(index: number, item: Json): void {
    this.list[index] = item;
  }
}

export function put(obj: Json, key: string, value: unknown): void {
  if (value === undefined) delete obj[key];
  else obj[key] = value;
}

/** The Danish and English parts of a text field. */
function parts(text: unknown): { da?: string; en?: string } {
  if (typeof text === 'string') return { da: text };
  if (isRecord(text))
    return {
      da: typeof text.da === 'string' ? text.da : undefined,
      en: typeof text.en === 'string' ? text.en : undefined,
    };
  return {};
}

/**
 * Sets text field `key` from a Danish (or document-language) and an English column; `undefined` for a
 * column leaves that part as it was. An unchanged text keeps its form (`"x"` or `{ "da": "x" }`).
 */
export function putText(
  obj: Json,
  key: string,
  da: string | null | undefined,
  en: string | null | undefined,
): void {
  if (da === undefined && en === undefined) return;
  const old = parts(obj[key]);
  const nda = da === undefined ? old.da : (da ?? undefined);
  const nen = en === undefined ? old.en : (en ?? undefined);
  if (obj[key] !== undefined && nda === old.da && nen === old.en) return;
  put(obj, key, nen === undefined ? nda : nda === undefined ? { en: nen } : { da: nda, en: nen });
}

/** Applies `apply` to the object at `obj[key]` (created if needed); removes it if left empty. */
export function putObject(obj: Json, key: string, apply: (o: Json) => void): void {
  const o = isRecord(obj[key]) ? (obj[key] as Json) : {};
  apply(o);
  put(obj, key, Object.keys(o).length ? o : undefined);
}

/** `obj` with its keys in `order` (others after them, as they were). */
export function sortKeys(obj: Json, order: readonly string[]): Json {
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  return Object.fromEntries(Object.entries(obj).sort(([a], [b]) => rank(a) - rank(b)));
}
