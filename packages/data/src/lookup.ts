/** Lookup by id in an agreement's lists, shared by every element. */

/** Lists at least this long get an index; shorter ones are searched (no Map to build or keep). */
const INDEXED_FROM = 32;
const indexes = new WeakMap<readonly unknown[], Map<string, unknown>>();

/**
 * The first item of `list` with this `id`, as `list.find()` would give, in constant time for long
 * lists: a thousand sparklines on one thousand-indicator agreement would otherwise search it a
 * thousand times. The index is built on first use and assumes the list is not changed afterwards, which
 * holds for the copies `validate()` returns.
 */
export function byId<T extends { id: string }>(
  list: readonly T[] | undefined,
  id: string,
): T | undefined {
  if (!list) return undefined;
  if (list.length < INDEXED_FROM) return list.find((item) => item.id === id);
  let index = indexes.get(list) as Map<string, T> | undefined;
  if (!index) {
    index = new Map();
    for (const item of list) if (!index.has(item.id)) index.set(item.id, item);
    indexes.set(list, index);
  }
  return index.get(id);
}
