import { html, isServer, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import {
  byId,
  filterByStatus,
  hasIllustrative,
  indicatorRows,
  indicatorsForNationalGoal,
  labelIn,
  FREQUENCY_LABELS,
  REPORT_LABELS,
  STAGE_LABELS,
  STATUS_LABELS,
  nationalGoalLinkIllustrative,
  safeUrl,
  STATUSES,
  text,
  FREQUENCIES,
  type Agreement,
  type IndicatorRow,
  type Lang,
  type Status,
} from '@sundhedsaftale/data';
import { SaElement, type ViewContext } from '../base/sa-element.js';
import { keepNestedEvents } from '../base/nested-events.js';
import { messages, type Messages } from '../base/messages.js';
import { illustrativeMark } from '../base/illustrative-mark.js';
import { statusIcon } from '../base/status-icon.js';
import { renderStatusSummary } from '../base/status-summary.js';
import { parseStatuses } from '../base/status-filter.js';
import type { SaToggleEvent } from '../base/events.js';
import { compactSparkline } from '../indicator-sparkline/compact-sparkline.js';
import { IndicatorTable } from './indicator-table.js';
import { tableStyles } from '../base/table.styles.js';
import { styles } from './overview.styles.js';

/** Above this many indicators, focus areas start collapsed, so a big agreement opens as a short list. */
const COLLAPSE_ABOVE = 30;
/** Above this many parties, the list of parties is a disclosure. */
const MANY_PARTIES = 4;

/** One term of the header's description list, or nothing when there is no value. */
const meta = (term: string, value: string) =>
  value
    ? html`<div>
        <dt>${term}</dt>
        <dd>${value}</dd>
      </div>`
    : nothing;

const clampLevel = (n: number) => Math.min(6, Math.max(1, Math.round(n) || 2));

/**
 * The whole agreement at a glance, as the *overbliksbillede* of the source documents: the header (title,
 * region, period, stage, parties, follow-up), the visions, the national goals and the indicators that belong
 * to them, a status summary with a filter, the focus areas as `<sa-focus-area-card>`s with their goals and
 * indicators as `<sa-indicator-sparkline>`s, a sortable table of every indicator, and the principles and
 * status reports. With `area-picker`, readers choose a municipality and every value follows.
 *
 * @tag sa-overview
 * @summary The agreement's overview picture: visions, national goals, focus areas, goals and indicators.
 * @status experimental
 * @since 0.1.0
 *
 * @fires {SaLoadEvent} sa-load - The agreement has been rendered.
 * @fires {SaErrorEvent} sa-error - It cannot be shown; `detail.message` says why, in the element's language.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart header - Title, region, period, stage, parties and follow-up.
 * @csspart title - The agreement's title (a heading at `heading-level`).
 * @csspart notice - The "Eksempeldata" notice.
 * @csspart controls - Area picker and the choice between overview and table.
 * @csspart area-picker - The `<select>` of areas.
 * @csspart visions - The visions.
 * @csspart national-goals - The national goals and their toggle buttons.
 * @csspart national-goal - One national goal's toggle button.
 * @csspart national-goal-item - One national goal with its indicators, or the note that they are followed nationally.
 * @csspart national-goal-notes - Notes on the national goals (e.g. who has not agreed to their indicators).
 * @csspart status-filter - The status summary and filter.
 * @csspart focus-areas - The focus areas (a grid of `<sa-focus-area-card>`s).
 * @csspart card - Each `<sa-focus-area-card>` (style deeper with its own parts).
 * @csspart table - The table of every indicator.
 * @csspart compare-toggle - A row's "Sammenlign kommuner" button in the table.
 * @csspart comparison - The `<sa-area-comparison>` a row's button opens in the table.
 * @csspart principles - The principles disclosure.
 * @csspart status-reports - The status reports disclosure.
 *
 * @cssprop [--sa-overview-gap=1.5em] - Space between the overview's sections.
 * @cssprop [--sa-overview-card-min=18em] - Narrowest focus-area card before the grid drops a column.
 */
export class SaOverview extends SaElement {
  static override properties: PropertyDeclarations = {
    headingLevel: { type: Number, attribute: 'heading-level' },
    areaPicker: { type: Boolean, attribute: 'area-picker' },
    view: { reflect: true, useDefault: true },
    statusFilter: { reflect: true, useDefault: true, attribute: 'status-filter' },
    nationalGoal: { reflect: true, useDefault: true, attribute: 'national-goal' },
    expanded: { state: true },
    announcement: { state: true },
  };

  static override styles = [...SaElement.styles, tableStyles, styles];

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // The nested sparklines' (and cards') events are not this element's: see keepNestedEvents().
    keepNestedEvents(root);
    return root;
  }

  /** Level of the agreement's title heading (1–6); sections and cards follow below it. */
  headingLevel = 2;

  /** Show a `<select>` of the agreement's `areas`; choosing one sets `area`. */
  areaPicker = false;

  /** `overview` (cards) or `table` (one sortable table of every indicator). */
  view: 'overview' | 'table' = 'overview';

  /** Show only indicators with this status (`improving`, `worsening`, `stable`, `no-data`); empty = all. */
  statusFilter = '';

  /** Id of the national goal whose indicators are highlighted; empty = none. */
  nationalGoal = '';

  private expanded: Set<string> | null = null;
  private announcement = '';

  #agreement?: Agreement;
  readonly #table = new IndicatorTable(this);

  protected override renderView(agreement: Agreement, { lang, m }: ViewContext): TemplateResult {
    this.#agreement = agreement;
    const level = clampLevel(this.headingLevel);
    const sub = Math.min(6, level + 1);
    const rows = indicatorRows(agreement, this.area);

    return html`<div class="overview" part="base">
      ${this.#renderHeader(agreement, rows, level, lang, m)}
      ${this.#renderControls(agreement, lang, m)} ${this.#renderVisions(agreement, sub, lang, m)}
      ${this.#renderNationalGoals(agreement, sub, lang, m)}
      ${this.#renderStatus(rows, sub, lang, m)}
      ${
        this.view === 'table'
          ? this.#table.render(
              agreement,
              filterByStatus(rows, parseStatuses(this.statusFilter)),
              this.#highlighted(agreement),
              sub,
              this.area,
              lang,
              m,
            )
          : this.#renderFocusAreas(agreement, rows, sub, lang, m)
      }
      ${this.#renderDisclosures(agreement, lang, m)}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        ${this.announcement}
      </div>
    </div>`;
  }

  #renderHeader(
    agreement: Agreement,
    rows: IndicatorRow[],
    level: number,
    lang: Lang,
    m: Messages,
  ): TemplateResult {
    const region = text(agreement.region, lang);
    const parties = (agreement.parties ?? []).map((p) => text(p, lang)).filter(Boolean);
    const contributors = (agreement.contributors ?? []).map((p) => text(p, lang)).filter(Boolean);
    const period = agreement.period ? `${agreement.period.from}–${agreement.period.to}` : '';
    const cadence = FREQUENCIES.map((f) => ({
      f,
      n: rows.filter((r) => r.indicator.frequency === f).length,
    }))
      .filter(({ n }) => n > 0)
      .map(({ f, n }) => `${labelIn(FREQUENCY_LABELS, f, lang)} (${n})`);
    return html`<header class="header" part="header">
      ${
        agreement.stage
          ? html`<p class="stage">
              <span class="badge">${labelIn(STAGE_LABELS, agreement.stage, lang)}</span>
            </p>`
          : nothing
      }
      <div class="title" part="title" role="heading" aria-level=${level}>
        ${text(agreement.title, lang)}
      </div>
      <dl class="meta">
        ${meta(m.region, region)} ${meta(m.period, period)}
        ${meta(m.stage, agreement.stage ? labelIn(STAGE_LABELS, agreement.stage, lang) : '')}
        ${meta(m.followUp, cadence.join(' · '))}
        ${
          parties.length
            ? html`<div class="parties">
                <dt>${m.parties}</dt>
                <dd>
                  ${
                    parties.length > MANY_PARTIES
                      ? html`<details>
                          <summary>${parties.slice(0, 2).join(', ')} … (${parties.length})</summary>
                          <ul>
                            ${parties.map((p) => html`<li>${p}</li>`)}
                          </ul>
                        </details>`
                      : parties.join(', ')
                  }
                </dd>
              </div>`
            : nothing
        }
        ${meta(m.contributors, contributors.join(', '))}
      </dl>
      ${
        hasIllustrative(agreement)
          ? html`<p class="notice" part="notice">
              <span class="badge">${m.illustrative}</span>
              <span>${m.illustrativeNotice}</span>
            </p>`
          : nothing
      }
    </header>`;
  }

  #renderControls(agreement: Agreement, lang: Lang, m: Messages) {
    // Static HTML has no script to work these: they appear only where the element runs.
    if (isServer) return nothing;
    const areas = agreement.areas ?? [];
    const collator = new Intl.Collator(lang);
    const sorted = [...areas].sort((a, b) =>
      collator.compare(text(a.name, lang), text(b.name, lang)),
    );
    return html`<div class="controls" part="controls">
      ${
        this.areaPicker && areas.length
          ? html`<label class="area-picker">
              <span>${m.areaPicker}</span>
              <select part="area-picker" @change=${this.#onArea}>
                <option value="" ?selected=${!this.area}>${m.wholeRegion}</option>
                ${sorted.map(
                  (a) =>
                    html`<option value=${a.id} ?selected=${a.id === this.area}>
                      ${text(a.name, lang)}
                    </option>`,
                )}
              </select>
            </label>`
          : nothing
      }
      <div class="view-switch" role="group" aria-label=${m.view}>
        ${(['overview', 'table'] as const).map(
          (v) =>
            html`<button
              type="button"
              class="chip"
              aria-pressed=${this.view === v ? 'true' : 'false'}
              data-view=${v}
              @click=${() => (this.view = v)}
            >
              ${v === 'table' ? m.tableView : m.overviewView}
            </button>`,
        )}
      </div>
    </div>`;
  }

  #onArea(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.area = value || undefined;
  }

  #renderVisions(agreement: Agreement, level: number, lang: Lang, m: Messages) {
    const visions = agreement.visions ?? [];
    if (!visions.length) return nothing;
    return html`<section class="section" part="visions">
      <div class="section-title" role="heading" aria-level=${level}>${m.visions}</div>
      <ul class="visions">
        ${visions.map((v) => {
          const summary = text(v.summary, lang);
          return html`<li class="vision">
            <span class="vision-title">${text(v.title, lang)}</span>
            ${summary ? html`<p class="vision-summary">${summary}</p>` : nothing}
          </li>`;
        })}
      </ul>
    </section>`;
  }

  #renderNationalGoals(agreement: Agreement, level: number, lang: Lang, m: Messages) {
    const goals = agreement.nationalGoals ?? [];
    if (!goals.length) return nothing;
    const chosen = byId(goals, this.nationalGoal);
    const chosenIndicators = chosen ? indicatorsForNationalGoal(agreement, chosen.id) : [];
    const heading = text(agreement.nationalGoalsHeading, lang);
    const notes = (agreement.nationalGoalNotes ?? []).map((n) => text(n, lang)).filter(Boolean);
    return html`<section class="section" part="national-goals">
      <div class="section-title" role="heading" aria-level=${level}>${m.nationalGoals}</div>
      ${heading ? html`<p class="national-goals-heading">${heading}</p>` : nothing}
      ${isServer ? nothing : html`<p class="hint" id="ng-hint">${m.nationalGoalsHint}</p>`}
      <ul class="national-goals">
        ${goals.map((g) => {
          const indicators = indicatorsForNationalGoal(agreement, g.id);
          const n = indicators.length;
          const pressed = g.id === this.nationalGoal;
          // Static HTML: the goal as text, not a button that highlights nothing without script.
          return html`<li class="national-goal-item" part="national-goal-item">
            ${
              isServer
                ? html`<p class="chip national-goal" part="national-goal">
                    <span>${text(g.title, lang)}</span>
                    <span class="count">${m.nationalGoalCount(n)}</span>
                  </p>`
                : html`<button
                    type="button"
                    class="chip national-goal"
                    part="national-goal"
                    data-goal=${g.id}
                    aria-pressed=${pressed ? 'true' : 'false'}
                    aria-describedby="ng-hint"
                    @click=${() => this.#chooseNationalGoal(g.id)}
                  >
                    <span>${text(g.title, lang)}</span>
                    <span class="count">${m.nationalGoalCount(n)}</span>
                  </button>`
            }
            ${
              n
                ? html`<ul class="national-goal-indicators">
                    ${indicators.map(
                      (i) =>
                        html`<li>
                          ${text(i.name, lang)}${
                            nationalGoalLinkIllustrative(agreement, i, g.id)
                              ? illustrativeMark(m)
                              : nothing
                          }
                        </li>`,
                    )}
                  </ul>`
                : html`<p class="followed-nationally">${m.followedNationally}</p>`
            }
          </li>`;
        })}
      </ul>
      ${
        notes.length
          ? html`<ul class="national-goal-notes" part="national-goal-notes">
              ${notes.map((note) => html`<li>${note}</li>`)}
            </ul>`
          : nothing
      }
      ${
        chosen && chosenIndicators.length
          ? html`<ul class="chosen-indicators" aria-label=${text(chosen.title, lang)}>
              ${chosenIndicators.map(
                (i) =>
                  html`<li>${compactSparkline(i.id, agreement, lang, this.theme, this.area)}</li>`,
              )}
            </ul>`
          : nothing
      }
    </section>`;
  }

  #chooseNationalGoal(id: string): void {
    const agreement = this.#agreement;
    if (!agreement) return;
    const m = this.#m;
    if (this.nationalGoal === id) {
      this.nationalGoal = '';
      this.announcement = m.nationalGoalCleared;
      return;
    }
    this.nationalGoal = id;
    const goal = byId(agreement.nationalGoals, id);
    const n = indicatorsForNationalGoal(agreement, id).length;
    this.announcement = m.nationalGoalAnnounce(n, text(goal?.title, this.uiLang));
  }

  get #m(): Messages {
    return messages(this.uiLang);
  }

  #renderStatus(rows: IndicatorRow[], level: number, lang: Lang, m: Messages) {
    const counts: Record<Status, number> = { improving: 0, worsening: 0, stable: 0, 'no-data': 0 };
    for (const r of rows) counts[r.summary.status]++;
    const current = parseStatuses(this.statusFilter)[0] ?? '';
    const option = (value: Status | '', text: string, n: number) =>
      html`<label class="radio" data-status=${value || 'all'}>
        <input
          type="radio"
          name="status"
          value=${value}
          .checked=${current === value}
          @change=${() => this.#chooseStatus(value, rows.length)}
        />
        ${value ? statusIcon(value) : nothing}<span>${text} (${n})</span>
      </label>`;
    return html`<section class="section status-section" part="status-filter">
      <div class="section-title" role="heading" aria-level=${level}>${m.statusSummary}</div>
      <p class="status-summary">${renderStatusSummary(counts, lang, m.noIndicators)}</p>
      ${
        isServer
          ? nothing
          : html`<fieldset class="filter">
              <legend>${m.filterStatus}</legend>
              ${option('', m.all, rows.length)}
              ${STATUSES.map((s) => option(s, labelIn(STATUS_LABELS, s, lang), counts[s]))}
            </fieldset>`
      }
    </section>`;
  }

  #chooseStatus(value: Status | '', total: number): void {
    this.statusFilter = value;
    const agreement = this.#agreement;
    if (!agreement) return;
    const shown = filterByStatus(indicatorRows(agreement, this.area), value ? [value] : []).length;
    this.announcement = this.#m.showing(shown, total);
  }

  #isExpanded(id: string, total: number): boolean {
    return this.expanded ? this.expanded.has(id) : total <= COLLAPSE_ABOVE;
  }

  #onToggle(event: SaToggleEvent, agreement: Agreement, total: number): void {
    const ids = (agreement.focusAreas ?? []).map((f) => f.id);
    const next = new Set(ids.filter((id) => this.#isExpanded(id, total)));
    if (event.detail.collapsed) next.delete(event.detail.id);
    else next.add(event.detail.id);
    this.expanded = next;
  }

  #renderFocusAreas(
    agreement: Agreement,
    rows: IndicatorRow[],
    level: number,
    lang: Lang,
    m: Messages,
  ) {
    const areas = agreement.focusAreas ?? [];
    const total = rows.length;
    const filter = parseStatuses(this.statusFilter);
    const highlight = [...this.#highlighted(agreement)];
    const unplaced = filterByStatus(
      rows.filter((r) => r.placements.length === 0),
      filter,
    );
    // Static HTML shows every card open: there is no script to fold them.
    const collapsible = areas.length > 1 && !isServer;
    return html`<section class="section" part="focus-areas">
      <div class="section-head">
        <div class="section-title" role="heading" aria-level=${level}>${m.focusAreas}</div>
        ${
          collapsible
            ? html`<div class="expand-all">
                <button
                  type="button"
                  class="link-button"
                  data-action="expand"
                  @click=${() => (this.expanded = new Set(areas.map((a) => a.id)))}
                >
                  ${m.expandAll}
                </button>
                <button
                  type="button"
                  class="link-button"
                  data-action="collapse"
                  @click=${() => (this.expanded = new Set())}
                >
                  ${m.collapseAll}
                </button>
              </div>`
            : nothing
        }
      </div>
      <div class="cards" @sa-toggle=${(e: SaToggleEvent) => this.#onToggle(e, agreement, total)}>
        ${areas.map(
          (f) =>
            html`<sa-focus-area-card
              part="card"
              focus-area=${f.id}
              heading-level=${Math.min(6, level + 1)}
              lang=${lang}
              theme=${this.theme}
              area=${this.area ?? nothing}
              status-filter=${this.statusFilter}
              ?collapsible=${collapsible}
              .collapsed=${collapsible && !this.#isExpanded(f.id, total)}
              .highlight=${highlight}
              .data=${agreement}
            ></sa-focus-area-card>`,
        )}
      </div>
      ${
        unplaced.length
          ? html`<div class="other">
              <div class="section-title" role="heading" aria-level=${Math.min(6, level + 1)}>
                ${m.otherIndicators}
              </div>
              <ul class="other-indicators">
                ${unplaced.map(
                  (r) =>
                    html`<li>
                      ${compactSparkline(r.indicator.id, agreement, lang, this.theme, this.area)}
                    </li>`,
                )}
              </ul>
            </div>`
          : nothing
      }
    </section>`;
  }

  /** The ids of the chosen national goal's indicators. */
  #highlighted(agreement: Agreement): Set<string> {
    return new Set(
      this.nationalGoal
        ? indicatorsForNationalGoal(agreement, this.nationalGoal).map((i) => i.id)
        : [],
    );
  }

  #renderDisclosures(agreement: Agreement, lang: Lang, m: Messages) {
    const principles = agreement.principles ?? [];
    const reports = agreement.statusReports ?? [];
    return html`${
      principles.length
        ? html`<details class="disclosure" part="principles">
            <summary>${m.principles} (${principles.length})</summary>
            <dl>
              ${principles.map(
                (p) =>
                  html`<div>
                    <dt>${text(p.title, lang)}</dt>
                    ${p.summary ? html`<dd>${text(p.summary, lang)}</dd>` : nothing}
                  </div>`,
              )}
            </dl>
          </details>`
        : nothing
    }
    ${
      reports.length
        ? html`<details class="disclosure" part="status-reports">
            <summary>${m.statusReports} (${reports.length})</summary>
            <dl>
              ${reports.map((r) => {
                const url = safeUrl(r.url);
                const title = text(r.title, lang) || labelIn(REPORT_LABELS, r.kind, lang);
                return html`<div>
                  <dt>
                    ${url ? html`<a href=${url} rel="noopener noreferrer">${title}</a>` : title}
                    ${r.date ? html`<span class="date">${formatDate(r.date, lang)}</span>` : nothing}
                  </dt>
                  ${r.summary ? html`<dd>${text(r.summary, lang)}</dd>` : nothing}
                </div>`;
              })}
            </dl>
          </details>`
        : nothing
    }`;
  }
}

function formatDate(date: string, lang: Lang): string {
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return date;
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'da-DK', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(d);
}
