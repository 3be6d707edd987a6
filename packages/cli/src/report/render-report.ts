/**
 * The follow-up report (*halvårlig afrapportering*): one printable HTML page, A4, with no script, built from
 * the agreement as it stood at the end of the report period. Every indicator with its latest value, the
 * change since the previous value and the status since the first, a table per focus area with the same
 * sparkline component as the widgets (server-rendered), what is new since the previous report, the
 * development indicators, and with `area: 'all'` an annex per area. Node only (Lit SSR).
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, nothing, type TemplateResult } from 'lit';
import {
  asOf,
  byId,
  describe,
  formatChange,
  formatPeriod,
  formatValue,
  indicatorRows,
  label,
  hasIllustrative,
  parsePeriod,
  previousPeriod,
  statusBasis,
  statusText,
  text,
  validate,
  valuesSince,
  STATUSES,
  type Agreement,
  type IndicatorRow,
  type Lang,
  type LocalizedText,
} from '@sundhedsaftale/data';
import '@sundhedsaftale/elements/indicator-sparkline/define.js';
import { htmlPage } from '../static/html-page.js';
import { StaticRenderError } from '../static/render-static.js';
import { reportMessages, type ReportMessages } from './report-messages.js';
import { REPORT_CSS } from './report.styles.js';

export interface ReportOptions {
  /** The report period, e.g. `2025-H1`: values of later periods are left out. */
  period: string;
  /** An area id for that area's figures, or `all` for the region with an annex per area. */
  area?: string;
  lang?: Lang;
}

/** A glyph per status beside its words, so status never rests on colour (the words carry it). */
const GLYPH: Record<string, string> = {
  improving: '✓',
  worsening: '▲',
  stable: '■',
  'no-data': '○',
};

interface Scope {
  agreement: Agreement;
  area: string | null;
  areaName: string;
  period: string;
  previous: string | null;
  level: number;
  lang: Lang;
  m: ReportMessages;
}

const heading = (level: number, content: unknown, id?: string) => {
  const h = Math.min(6, level);
  // Lit templates cannot vary the tag: one template per level.
  switch (h) {
    case 1:
      return html`<h1 id=${id ?? nothing}>${content}</h1>`;
    case 2:
      return html`<h2 id=${id ?? nothing}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id ?? nothing}>${content}</h3>`;
    default:
      return html`<h4 id=${id ?? nothing}>${content}</h4>`;
  }
};

/**
 * A text of the data in the page's language, or, when it has only the other language, that text marked
 * with its own `lang`, so screen readers pronounce it right (WCAG 3.1.2).
 */
function shown(value: LocalizedText | undefined, lang: Lang): TemplateResult | string {
  const own = text(value, lang);
  const other: Lang = lang === 'da' ? 'en' : 'da';
  const fallback =
    typeof value === 'object' &&
    value !== null &&
    !(typeof value[lang] === 'string' && value[lang]) &&
    own !== '';
  return fallback ? html`<span lang=${other}>${own}</span>` : own;
}

const isDevelopment = (r: IndicatorRow) => r.indicator.state === 'development';
const isSingle = (r: IndicatorRow) =>
  !isDevelopment(r) && r.summary.latest !== null && r.summary.latest === r.summary.first;

function renderCounts(rows: IndicatorRow[], s: Scope): TemplateResult {
  const { lang, m } = s;
  const judged = rows.filter((r) => !isDevelopment(r) && !isSingle(r));
  const items: [string, number, string][] = STATUSES.map((st) => [
    st,
    judged.filter((r) => r.summary.status === st).length,
    label('status', st, lang).toLocaleLowerCase(lang),
  ]);
  items.splice(3, 0, ['no-data', rows.filter(isSingle).length, m.single]);
  items.push(['no-data', rows.filter(isDevelopment).length, m.development]);
  return html`<p class="counts">
    ${m.ofIndicators(rows.length)}
    ${items
      .filter(([, n]) => n > 0)
      .map(
        ([st, n, word], i) =>
          html`${i ? ' · ' : ''}<span class="status" data-status=${st}
              ><span aria-hidden="true">${GLYPH[st]} </span>${n} ${word}</span
            >`,
      )}
  </p>`;
}

function renderNews(rows: IndicatorRow[], s: Scope): TemplateResult {
  const { lang, m } = s;
  const items = rows
    .filter((r) => !isDevelopment(r))
    .flatMap((r) => valuesSince(r.indicator, s.previous, s.period, s.area).map((p) => ({ r, p })));
  return html`<section class="news">
    ${heading(s.level + 1, s.previous ? m.news(formatPeriod(s.previous, lang)) : m.newsFirst)}
    <p class="note">${m.newsNote}</p>
    ${
      items.length
        ? html`<ul>
            ${items.map(
              ({ r, p }) =>
                html`<li>
                  ${shown(r.indicator.name, lang)}:
                  <strong
                    >${formatValue(p.value, r.indicator.unit, lang, r.summary.decimals)}</strong
                  >
                  (${formatPeriod(p.period, lang)})
                </li>`,
            )}
          </ul>`
        : html`<p>${m.noNews}</p>`
    }
  </section>`;
}

/** A section's heading and table kept on one page where they fit (a heading never ends a page), then the sentences. */
function renderTable(
  title: string,
  rows: IndicatorRow[],
  s: Scope,
  shownTitle: string | TemplateResult = title,
): TemplateResult {
  const { lang, m } = s;
  return html`<div class="keep">
      ${heading(s.level + 1, shownTitle)}
      <table>
        <caption class="visually-hidden">
          ${m.tableCaption(title)}
        </caption>
        <thead>
          <tr>
            <th scope="col">${m.indicator}</th>
            <th scope="col" class="num">${m.latest}</th>
            <th scope="col" class="num">${m.change}</th>
            <th scope="col">${m.status}</th>
            <th scope="col">${m.trend}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map((r) => {
            const { indicator, summary } = r;
            const development = isDevelopment(r);
            const basis = development ? '' : statusBasis(summary, lang);
            const word = development
              ? m.developmentLong
              : basis
                ? label('status', summary.status, lang)
                : statusText(summary, lang);
            return html`<tr>
              <th scope="row">
                ${shown(indicator.name, lang)}
                ${
                  indicator.illustrative || s.agreement.illustrative
                    ? html`<span class="badge">${m.illustrativeMark}</span>`
                    : nothing
                }
              </th>
              <td class="num">
                ${
                  summary.latest && !development
                    ? html`<strong
                          >${formatValue(summary.latest.value, indicator.unit, lang, summary.decimals)}</strong
                        >
                        <span class="muted"
                          >${formatPeriod(summary.latest.period, lang)}${
                            summary.fallback ? ` (${m.regionFallback})` : ''
                          }</span
                        >`
                    : '–'
                }
              </td>
              <td class="num">
                ${
                  summary.previous && summary.change !== null && !development
                    ? html`${formatChange(summary.change, indicator.unit, lang, summary.decimals)}
                        <span class="muted"
                          >${m.since(formatPeriod(summary.previous.period, lang))}</span
                        >`
                    : '–'
                }
              </td>
              <td>
                <span class="status" data-status=${summary.status}
                  ><span aria-hidden="true">${GLYPH[summary.status]} </span>${word}</span
                >
                ${basis ? html`<span class="muted">${basis}</span>` : nothing}
              </td>
              <td>
                ${
                  summary.points.length > 1 && !development
                    ? html`<sa-indicator-sparkline
                        variant="line"
                        indicator=${indicator.id}
                        lang=${lang}
                        theme="light"
                        area=${s.area ?? nothing}
                        .data=${s.agreement}
                      ></sa-indicator-sparkline>`
                    : nothing
                }
              </td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>
    <p class="words-label">${m.inWords}</p>
    <ul class="words">
      ${rows.map(
        (r) =>
          html`<li>${describe(r.indicator, r.summary, lang, s.area ? s.areaName : undefined)}</li>`,
      )}
    </ul>`;
}

/** Status, news, a table per focus area, other and development indicators, for one area (or the region). */
function renderScope(s: Scope, annex = false): TemplateResult {
  const { agreement, lang, m } = s;
  let rows = indicatorRows(agreement, s.area);
  // An annex shows what the area has figures of its own for; the rest is the region's, shown above.
  const regional = annex ? rows.filter((r) => r.summary.fallback || isDevelopment(r)).length : 0;
  if (annex) rows = rows.filter((r) => !r.summary.fallback && !isDevelopment(r));
  const byFocusArea = (agreement.focusAreas ?? []).map((f) => ({
    f,
    rows: rows.filter((r) => r.placements.some((p) => p.focusArea === f)),
  }));
  const others = rows.filter((r) => r.placements.length === 0);
  const development = rows.filter(isDevelopment);
  return html`<section class="summary">
      ${heading(s.level + 1, m.summary)} ${renderCounts(rows, s)}
      <p class="note">${m.basisNote(formatPeriod(s.period, lang))}</p>
      ${regional ? html`<p class="note">${m.regionalOnly(regional, s.areaName)}</p>` : nothing}
    </section>
    ${renderNews(rows, s)}
    ${byFocusArea
      .filter(({ rows }) => rows.length)
      .map(({ f, rows }) => {
        const title = text(f.title, lang);
        return html`<section class="focus-area">
          ${renderTable(title, rows, s, shown(f.title, lang))}
        </section>`;
      })}
    ${
      others.length
        ? html`<section class="focus-area">${renderTable(m.others, others, s)}</section>`
        : nothing
    }
    ${
      development.length
        ? html`<section class="development">
            ${heading(s.level + 1, m.developmentSection)}
            <p class="note">${m.developmentNote}</p>
            <ul>
              ${development.map(
                (r) =>
                  html`<li>
                    ${shown(r.indicator.name, lang)}${
                      r.placements[0]
                        ? html` (${shown(r.placements[0].focusArea.title, lang)})`
                        : ''
                    }
                  </li>`,
              )}
            </ul>
          </section>`
        : nothing
    }`;
}

function renderReportBody(agreement: Agreement, o: ReportOptions, lang: Lang): TemplateResult {
  const m = reportMessages(lang);
  const period = o.period;
  const previous = previousPeriod(period);
  const then = asOf(agreement, period);
  const areas = agreement.areas ?? [];
  const all = o.area === 'all';
  // The region is the report itself: annexes are for its municipalities and other areas.
  const local = areas.filter((a) => a.kind !== 'region');
  const ownFigures = (id: string) =>
    indicatorRows(then, id).some((r) => !r.summary.fallback && !isDevelopment(r));
  const annexAreas = local.filter((a) => ownFigures(a.id));
  const withoutFigures = local.filter((a) => !ownFigures(a.id));
  const area = o.area && !all ? o.area : null;
  const areaName = (id: string | null) => {
    const a = id ? byId(areas, id) : undefined;
    return a ? text(a.name, lang) : (id ?? m.wholeRegion);
  };
  const scope = (id: string | null, level: number): Scope => ({
    agreement: then,
    area: id,
    areaName: areaName(id),
    period,
    previous,
    level,
    lang,
    m,
  });
  const meta = (term: string, value: string | TemplateResult) =>
    value
      ? html`<div>
          <dt>${term}</dt>
          <dd>${value}</dd>
        </div>`
      : nothing;
  return html`<header class="report-header">
      <p class="kicker">
        ${m.kind(parsePeriod(period)?.kind === 'half')} · ${formatPeriod(period, lang)}
      </p>
      <h1>${shown(agreement.title, lang)}</h1>
      <dl class="meta">
        ${meta(m.region, shown(agreement.region, lang))}
        ${meta(
          m.agreementPeriod,
          agreement.period ? `${agreement.period.from}–${agreement.period.to}` : '',
        )}
        ${meta(m.stage, agreement.stage ? label('stage', agreement.stage, lang) : '')}
        ${meta(m.reportPeriod, formatPeriod(period, lang))}
        ${meta(m.previousReport, previous ? formatPeriod(previous, lang) : '')}
        ${meta(m.figuresFor, areaName(area))}
      </dl>
      ${hasIllustrative(agreement) ? html`<p class="notice">${m.illustrative}</p>` : nothing}
    </header>
    ${renderScope(scope(area, 1))}
    ${
      all && withoutFigures.length
        ? html`<p class="note">
            ${m.noFiguresFor(withoutFigures.map((a) => text(a.name, lang)).join(', '))}
          </p>`
        : nothing
    }
    ${
      all
        ? annexAreas.length
          ? annexAreas.map(
              (a, i) =>
                html`<section class="annex">
                  ${heading(2, m.annex(i + 1, text(a.name, lang)))}
                  ${renderScope(scope(a.id, 2), true)}
                </section>`,
            )
          : html`<p class="note">${m.noAreas}</p>`
        : nothing
    }`;
}

/** The follow-up report of `doc` for `options.period` as a complete HTML page. Throws StaticRenderError for invalid data. */
export async function renderReport(doc: unknown, options: ReportOptions): Promise<string> {
  const result = validate(doc);
  if (!result.ok) throw new StaticRenderError(result.errors);
  if (!parsePeriod(options.period)) throw new Error(`not a period: ${options.period}`);
  const agreement = result.agreement;
  const lang = options.lang ?? 'da';
  const body = await collectResult(render(renderReportBody(agreement, options, lang)));
  const m = reportMessages(lang);
  const title = `${m.kind(parsePeriod(options.period)?.kind === 'half')} ${formatPeriod(options.period, lang)}: ${text(agreement.title, lang)}`;
  return htmlPage({ lang, title, css: REPORT_CSS, body });
}
