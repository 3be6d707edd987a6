/**
 * Keys that appear twice in one JSON object. JSON.parse keeps the last silently, so a pasted second
 * "series" would hide the first; `validate` warns about each. Iterative, so any nesting depth is fine.
 */

const pointerPart = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

interface Frame {
  /** JSON Pointer of this object or array. */
  pointer: string;
  /** The keys seen so far, for an object; undefined for an array. */
  keys?: Set<string>;
  /** The next array index, or the last key read. */
  at: number | string;
}

/** JSON Pointers of every repeated key in the (syntactically valid) JSON `text`, in order. */
export function duplicateKeys(text: string): string[] {
  const found: string[] = [];
  const stack: Frame[] = [];
  let expectKey = false;
  const childPointer = () => {
    const top = stack[stack.length - 1];
    return top ? `${top.pointer}/${pointerPart(String(top.at))}` : '';
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"') {
      // The end of the string: the next quote not escaped by an odd run of backslashes.
      let end = i + 1;
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      if (expectKey) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        const top = stack[stack.length - 1]!;
        if (top.keys!.has(key)) found.push(`${top.pointer}/${pointerPart(key)}`);
        top.keys!.add(key);
        top.at = key;
        expectKey = false;
      }
      i = end + 1;
      continue;
    }
    if (ch === '{' || ch === '[') {
      const pointer = childPointer();
      stack.push(ch === '{' ? { pointer, keys: new Set(), at: '' } : { pointer, at: 0 });
      expectKey = ch === '{';
    } else if (ch === '}' || ch === ']') {
      stack.pop();
      expectKey = false;
    } else if (ch === ',') {
      const top = stack[stack.length - 1];
      if (top?.keys) expectKey = true;
      else if (top) top.at = (top.at as number) + 1;
    }
    i++;
  }
  return found;
}
