/**
 * The change report of an import, in Danish or English: lines for the terminal, Markdown and JSON for
 * the minutes (`--report`). Every entry is old → new with the cell it came from. Pure; no Node or DOM APIs.
 */
import { formatPeriod, text, type Lang, type LocalizedText } from '@sundhedsaftale/data';
import type {
  Changes,
  FieldChange,
  ImportSummary,
  ValueChange,
  ValueChangeKind,
} from './changes.js';
import { totalChanges } from './changes.js';
import type { Origin } from './importer.js';
import { where } from './issues.js';
import { formatDanishNumber } from './number.js';

const KIND: Record<ValueChangeKind, Record<Lang, string>> = {
  added: { da: 'tilføjet', en: 'added' },
  changed: { da: 'ændret', en: 'changed' },
  cleared: { da: 'ryddet', en: 'cleared' },
  removed: { da: 'fjernet', en: 'removed' },
};

/** A value for people: 8,6 (da) or 8.6 (en); a gap is "tom"; no point at all is "–". */
export function describeValue(v: number | null | undefined, lang: Lang): string {
  if (typeof v === 'number') return lang === 'da' ? formatDanishNumber(v) : String(v);
  return v === null ? (lang === 'da' ? 'tom' : 'empty') : '–';
}

/** A field's value for people: texts quoted, numbers in the language's style, lists joined. */
function describeField(v: unknown, lang: Lang): string {
  if (v === undefined || v === null) return '–';
  if (typeof v === 'number') return describeValue(v, lang);
  if (typeof v === 'boolean') return lang === 'da' ? (v ? 'ja' : 'nej') : String(v);
  if (Array.isArray(v)) return v.map((x) => describeField(x, lang)).join(', ') || '–';
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return `"${s.length > 80 ? `${s.slice(0, 79)}…` : s}"`;
}

const cellOf = (o: Origin | undefined) => (o ? where({ ...o, da: '', en: '' }) : '');
const nameOf = (name: unknown, lang: Lang) =>
  typeof name === 'string' || (name && typeof name === 'object')
    ? text(name as LocalizedText, lang)
    : '';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "0 ændringer" for a no-op; else the total and each kind of change there is, e.g. "2 værdier tilføjet". */
export function describeSummary(s: ImportSummary, lang: Lang): string {
  const da = lang === 'da';
  const parts: string[] = [];
  const add = (n: number, one: string, many: string, what: string) => {
    if (n) parts.push(`${plural(n, one, many)} ${what}`);
  };
  const [value, values] = da ? ['værdi', 'værdier'] : ['value', 'values'];
  const [indicator, indicators] = da ? ['indikator', 'indikatorer'] : ['indicator', 'indicators'];
  const [area, areas] = da ? ['område', 'områder'] : ['area', 'areas'];
  add(s.valuesAdded, value, values, KIND.added[lang]);
  add(s.valuesChanged, value, values, KIND.changed[lang]);
  add(s.valuesCleared, value, values, KIND.cleared[lang]);
  add(s.valuesRemoved, value, values, KIND.removed[lang]);
  add(s.indicatorsAdded, indicator, indicators, KIND.added[lang]);
  add(s.indicatorsChanged, indicator, indicators, KIND.changed[lang]);
  add(s.areasAdded, area, areas, KIND.added[lang]);
  add(s.areasChanged, area, areas, KIND.changed[lang]);
  const total = plural(totalChanges(s), da ? 'ændring' : 'change', da ? 'ændringer' : 'changes');
  return parts.length ? `${total}: ${parts.join(', ')}` : total;
}

const where2 = (period: string, area: string | undefined, lang: Lang) =>
  area ? `${period}, ${lang === 'da' ? 'område' : 'area'} ${area}` : period;

function valueLine(v: ValueChange, lang: Lang): string {
  const cell = cellOf(v.cell);
  return `${where2(v.period, v.area, lang)}: ${describeValue(v.old, lang)} → ${describeValue(v.new, lang)} (${KIND[v.kind][lang]})${cell ? ` [${cell}]` : ''}`;
}

function fieldLine(f: FieldChange, lang: Lang): string {
  const cell = cellOf(f.cell);
  return `${f.field[lang]}: ${describeField(f.old, lang)} → ${describeField(f.new, lang)}${cell ? ` [${cell}]` : ''}`;
}

/** The changes as lines for the terminal: one heading per indicator or area, one line per change. */
export function changeLines(changes: Changes, lang: Lang): string[] {
  const lines: string[] = [];
  const da = lang === 'da';
  for (const ind of changes.indicators) {
    const name = nameOf(ind.name, lang);
    const isNew = ind.added ? ` – ${da ? 'ny indikator' : 'new indicator'}` : '';
    lines.push(`${ind.id}${name ? ` (${name})` : ''}${isNew}:`);
    for (const f of ind.fields) lines.push(`  ${fieldLine(f, lang)}`);
    for (const v of ind.values) lines.push(`  ${valueLine(v, lang)}`);
  }
  for (const area of changes.areas) {
    const name = nameOf(area.name, lang);
    const head = `${da ? 'Område' : 'Area'} ${area.id}${name ? ` (${name})` : ''}`;
    if (area.added) lines.push(`${head}: ${da ? 'nyt område' : 'new area'}`);
    else {
      lines.push(`${head}:`);
      for (const f of area.fields) lines.push(`  ${fieldLine(f, lang)}`);
    }
  }
  return lines;
}

/** What the report is about: the document, the files read, and whether anything was written. */
export interface ReportMeta {
  document?: string;
  sources: string[];
  dryRun: boolean;
}

/** Text safe in a Markdown table cell: no markup, no HTML, one line. */
const md = (s: string) =>
  s
    .replace(/[\\`*_[\]|<>~]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : `\\${c}`))
    .replace(/\s+/g, ' ')
    .trim();

/** The change report as Markdown, for the minutes of the follow-up. */
export function changesMarkdown(changes: Changes, meta: ReportMeta, lang: Lang): string {
  const da = lang === 'da';
  const out: string[] = [
    `# ${da ? 'Ændringer i' : 'Changes to'} ${md(meta.document ?? (da ? 'ny aftale' : 'new agreement'))}`,
    '',
    `${da ? 'Indlæst fra' : 'Read from'}: ${meta.sources.map(md).join(', ')}${meta.dryRun ? (da ? ' (prøvekørsel, intet skrevet)' : ' (dry run, nothing written)') : ''}`,
    '',
    `${describeSummary(changes.summary, lang)}.`,
  ];
  const area = (code: string | undefined) =>
    code ? md(code) : da ? 'hele regionen' : 'whole region';
  for (const ind of changes.indicators) {
    const name = nameOf(ind.name, lang);
    out.push(
      '',
      `## ${md(ind.id)}${name ? ` – ${md(name)}` : ''}${ind.added ? (da ? ' (ny indikator)' : ' (new indicator)') : ''}`,
    );
    if (ind.fields.length) {
      out.push('', da ? '| Felt | Før | Efter | Celle |' : '| Field | Before | After | Cell |');
      out.push('| --- | --- | --- | --- |');
      for (const f of ind.fields)
        out.push(
          `| ${md(f.field[lang])} | ${md(describeField(f.old, lang))} | ${md(describeField(f.new, lang))} | ${md(cellOf(f.cell))} |`,
        );
    }
    if (ind.values.length) {
      out.push(
        '',
        da
          ? '| Periode | Område | Før | Efter | Ændring | Celle |'
          : '| Period | Area | Before | After | Change | Cell |',
      );
      out.push('| --- | --- | --- | --- | --- | --- |');
      for (const v of ind.values)
        out.push(
          `| ${md(formatPeriod(v.period, lang))} | ${area(v.area)} | ${describeValue(v.old, lang)} | ${describeValue(v.new, lang)} | ${KIND[v.kind][lang]} | ${md(cellOf(v.cell))} |`,
        );
    }
  }
  if (changes.areas.length) {
    out.push('', `## ${da ? 'Områder' : 'Areas'}`, '');
    out.push(da ? '| Kode | Navn | Ændring |' : '| Code | Name | Change |', '| --- | --- | --- |');
    for (const a of changes.areas)
      out.push(
        `| ${md(a.id)} | ${md(nameOf(a.name, lang))} | ${a.added ? KIND.added[lang] : md(a.fields.map((f) => fieldLine(f, lang)).join('; '))} |`,
      );
  }
  return `${out.join('\n')}\n`;
}

/** The change report as JSON: the same entries, with kinds as codes and cells as `Værdier!D14`. */
export function changesJson(changes: Changes, meta: ReportMeta, lang: Lang): string {
  const field = (f: FieldChange) => ({
    field: f.field[lang],
    old: f.old ?? null,
    new: f.new ?? null,
    ...(f.cell ? { cell: cellOf(f.cell) } : {}),
  });
  const report = {
    document: meta.document ?? null,
    sources: meta.sources,
    dryRun: meta.dryRun,
    total: totalChanges(changes.summary),
    summary: changes.summary,
    indicators: changes.indicators.map((ind) => ({
      id: ind.id,
      name: nameOf(ind.name, lang),
      added: ind.added,
      fields: ind.fields.map(field),
      values: ind.values.map((v) => ({
        period: v.period,
        area: v.area ?? null,
        kind: v.kind,
        old: v.old ?? null,
        new: v.new ?? null,
        ...(v.cell ? { cell: cellOf(v.cell) } : {}),
      })),
    })),
    areas: changes.areas.map((a) => ({
      id: a.id,
      name: nameOf(a.name, lang),
      added: a.added,
      fields: a.fields.map(field),
    })),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
