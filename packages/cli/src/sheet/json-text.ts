/**
 * Writing a changed document back into its own JSON text: only the values that changed are rewritten,
 * everything else (key order, indentation, objects kept on one line, line endings, final newline)
 * stays byte for byte, so a no-op import changes nothing and a changed value is one line in a diff.
 * New values are written in the style of their neighbours. Pure; no Node or DOM APIs.
 */

interface Node {
  start: number;
  end: number;
  /** Members of an object (by key) or items of an array; absent for other values. */
  members?: { key: string; start: number; node: Node }[];
  items?: Node[];
}

/** Positions of every value in `text`, which must be valid JSON (it has been through JSON.parse). */
function scan(text: string): Node {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\r\n\uFEFF'.includes(text[i]!)) i++;
  };
  const string = () => {
    const start = i++;
    while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (): Node => {
    ws();
    const start = i;
    const c = text[i];
    if (c === '{' || c === '[') {
      const object = c === '{';
      const members: NonNullable<Node['members']> = [];
      const items: Node[] = [];
      i++;
      ws();
      if (text[i] === (object ? '}' : ']')) i++;
      else
        for (;;) {
          if (object) {
            ws();
            const at = i;
            const key = string();
            ws();
            i++; // ':'
            members.push({ key, start: at, node: value() });
          } else items.push(value());
          ws();
          if (text[i++] !== ',') break;
        }
      return object ? { start, end: i, members } : { start, end: i, items };
    }
    if (c === '"') string();
    else while (i < text.length && !',}] \t\r\n'.includes(text[i]!)) i++;
    return { start, end: i };
  };
  return value();
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a))
    return Array.isArray(b) && a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (!isObject(a) || !isObject(b)) return false;
  const ka = Object.keys(a);
  return (
    ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && same(a[k], b[k]))
  );
}

/** How the file is laid out, for writing new values like the old ones. */
interface Style {
  eol: string;
  /** One level of indentation. */
  unit: string;
  /** Whether the file keeps short objects and arrays on one line, as Prettier does. */
  inline: boolean;
  width: number;
}

/** The repository's Prettier print width: short new objects stay on one line up to it. */
const WIDTH = 100;

function styleOf(text: string, root: Node): Style {
  let inline = false;
  const visit = (n: Node) => {
    const children = n.members?.map((m) => m.node) ?? n.items;
    if (!children) return;
    if (children.length && !/\n/.test(text.slice(n.start, n.end))) inline = true;
    else children.forEach(visit);
  };
  visit(root);
  return {
    eol: text.includes('\r\n') ? '\r\n' : '\n',
    unit: /\n([ \t]+)\S/.exec(text)?.[1] ?? '  ',
    inline,
    width: WIDTH,
  };
}

/** `value` as JSON in `style`, starting at `column` on a line indented by `indent`. */
function write(value: unknown, style: Style, indent: string, column: number): string {
  const entries: [string | undefined, unknown][] | undefined = Array.isArray(value)
    ? value.map((v) => [undefined, v])
    : isObject(value)
      ? Object.entries(value)
      : undefined;
  if (!entries) return JSON.stringify(value) ?? 'null';
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  if (!entries.length) return open + close;
  const part = ([k, v]: [string | undefined, unknown], ind: string, col: number) => {
    const key = k === undefined ? '' : `${JSON.stringify(k)}: `;
    return key + write(v, style, ind, col + key.length);
  };
  // Like Prettier: a list of several objects or lists is one per line, however short.
  const several =
    Array.isArray(value) && value.length > 1 && value.every((v) => typeof v === 'object' && v);
  if (style.inline && !several) {
    const pad = Array.isArray(value) ? '' : ' ';
    const one = `${open}${pad}${entries.map((e) => part(e, indent, 0)).join(', ')}${pad}${close}`;
    if (!one.includes('\n') && column + one.length <= style.width) return one;
  }
  const inner = indent + style.unit;
  return `${open}${style.eol}${entries
    .map((e) => inner + part(e, inner, inner.length))
    .join(`,${style.eol}`)}${style.eol}${indent}${close}`;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** The leading whitespace of the line `at` is on, and the column of `at`. */
function lineOf(text: string, at: number): { indent: string; column: number } {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return { indent: /^[ \t]*/.exec(text.slice(lineStart, at))![0], column: at - lineStart };
}

/** Edits that turn the JSON text of `node` (whose value is `old`) into `next`. */
function diff(text: string, node: Node, old: unknown, next: unknown, style: Style, edits: Edit[]) {
  if (same(old, next)) return;
  const replace = () => {
    const { indent, column } = lineOf(text, node.start);
    edits.push({ start: node.start, end: node.end, text: write(next, style, indent, column) });
  };
  // Entries of `node` as [key, start of the entry, its node], and those of `next`.
  let olds: { key: string; start: number; node: Node }[];
  let nexts: [string, unknown][];
  const oldOf = new Map<string, unknown>();
  if (isObject(old) && isObject(next) && node.members) {
    olds = node.members;
    nexts = Object.entries(next);
    for (const m of olds) oldOf.set(m.key, old[m.key]);
  } else if (Array.isArray(old) && Array.isArray(next) && node.items) {
    // Items are matched by position: imports change values in place and add at the end.
    olds = node.items.map((n, i) => ({ key: String(i), start: n.start, node: n }));
    nexts = next.map((v, i) => [String(i), v]);
    old.forEach((v, i) => oldOf.set(String(i), v));
  } else return replace();
  const keys = new Set(nexts.map(([k]) => k));
  const kept = olds.filter((m) => keys.has(m.key));
  if (!kept.length) return replace();
  const object = !node.items;

  // Removed entries: those before the first kept one up to it, later ones from the entry before them.
  const first = olds.indexOf(kept[0]!);
  olds.forEach((m, i) => {
    if (keys.has(m.key)) return;
    if (i < first) edits.push({ start: m.start, end: olds[i + 1]!.start, text: '' });
    else edits.push({ start: olds[i - 1]!.node.end, end: m.node.end, text: '' });
  });
  for (const m of kept)
    diff(
      text,
      m.node,
      oldOf.get(m.key),
      object ? (next as Record<string, unknown>)[m.key] : (next as unknown[])[Number(m.key)],
      style,
      edits,
    );

  // New entries go after the kept entry they follow in `next` (or before the first), spaced like the rest.
  const between =
    olds.length > 1
      ? text.slice(olds[0]!.node.end, olds[1]!.start).replace(/^\s*,/, '')
      : /\n/.test(text.slice(node.start, olds[0]!.start))
        ? style.eol + lineOf(text, olds[0]!.start).indent
        : ' ';
  const { indent, column } = lineOf(text, olds[0]!.start);
  const entry = (k: string, v: unknown) => {
    const key = object ? `${JSON.stringify(k)}: ` : '';
    return (
      key + write(v, style, indent, (between.includes('\n') ? indent.length : column) + key.length)
    );
  };
  // Each run of new entries is one edit: after the kept entry before it, or before the first one.
  const byKey = new Map(olds.map((m) => [m.key, m]));
  let anchor: (typeof olds)[number] | undefined;
  let run: string[] = [];
  const flush = (next?: (typeof olds)[number]) => {
    if (!run.length) return;
    if (anchor) {
      const at = anchor.node.end;
      edits.push({ start: at, end: at, text: run.map((s) => `,${between}${s}`).join('') });
    } else if (next) {
      edits.push({
        start: next.start,
        end: next.start,
        text: run.map((s) => s + ',' + between).join(''),
      });
    }
    run = [];
  };
  for (const [k, v] of nexts) {
    const m = byKey.get(k);
    if (!m) {
      run.push(entry(k, v));
      continue;
    }
    flush(m);
    anchor = m;
  }
  flush();
}

/**
 * `text` (the JSON document `old` was parsed from) changed to hold `next`: unchanged parts keep their
 * bytes, changed values are rewritten in place, new ones are written like their neighbours.
 */
export function patchJson(text: string, old: unknown, next: unknown): string {
  const root = scan(text);
  const edits: Edit[] = [];
  diff(text, root, old, next, styleOf(text, root), edits);
  // Later edits first, so earlier positions stay valid; an insertion before a removal ending there.
  edits.sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** A new document's text: two-space indentation and a final newline. */
export function formatJson(doc: unknown): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}
