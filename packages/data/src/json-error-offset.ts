/**
 * Where the first JSON syntax error in `s` is (a UTF-16 offset), or -1 if there is none.
 * Engines disagree on whether their JSON.parse messages carry a position, and whoever edits the
 * file needs a line number. Iterative, so deep nesting cannot overflow the stack.
 */
export function jsonErrorOffset(s: string): number {
  // eslint-disable-next-line no-control-regex
  const STRING = /"(?:[^"\\\x00-\x1f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
  const SCALAR = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?|true|false|null/y;
  const closers: string[] = [];
  let i = 0;
  let expect: 'value' | 'key' | 'after' = 'value';
  const skipSpace = () => {
    while (s[i] === ' ' || s[i] === '\t' || s[i] === '\n' || s[i] === '\r') i++;
  };
  const token = (re: RegExp) => {
    re.lastIndex = i;
    if (!re.test(s)) return false;
    i = re.lastIndex;
    return true;
  };
  for (;;) {
    skipSpace();
    if (expect === 'value') {
      const open = s[i] === '{' ? '}' : s[i] === '[' ? ']' : '';
      if (open) {
        i++;
        skipSpace();
        if (s[i] === open) {
          i++;
          expect = 'after';
        } else {
          closers.push(open);
          expect = open === '}' ? 'key' : 'value';
        }
      } else if (token(STRING) || token(SCALAR)) expect = 'after';
      else return i;
    } else if (expect === 'key') {
      if (!token(STRING)) return i;
      skipSpace();
      if (s[i] !== ':') return i;
      i++;
      expect = 'value';
    } else {
      const top = closers[closers.length - 1];
      if (top === undefined) return i < s.length ? i : -1;
      if (s[i] === ',') {
        i++;
        expect = top === '}' ? 'key' : 'value';
      } else if (s[i] === top) {
        i++;
        closers.pop();
      } else return i;
    }
  }
}

/** 1-based line and column of `offset` in `s`. */
export function lineAndColumn(s: string, offset: number): [line: number, column: number] {
  const lines = s.slice(0, offset).split('\n');
  return [lines.length, (lines[lines.length - 1]?.length ?? 0) + 1];
}
