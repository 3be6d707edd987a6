import { html, isServer, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import {
  byId,
  labelIn,
  INITIATIVE_LABELS,
  statusCounts,
  summarize,
  text,
  type Agreement,
  type Fact,
  type FocusArea,
  type Goal,
  type Indicator,
  type Initiative,
  type Lang,
  alsoNationalIllustrative,
  factIllustrative,
  initiativeIllustrative,
} from '@sundhedsaftale/data';
import { SaElement, type ViewContext } from '../base/sa-element.js';
import { keepNestedEvents } from '../base/nested-events.js';
import { ViewError } from '../base/view-error.js';
import type { Messages } from '../base/messages.js';
import { renderStatusSummary } from '../base/status-summary.js';
import { parseStatuses } from '../base/status-filter.js';
import { renderMarkers } from '../base/markers.js';
import { SaToggleEvent } from '../base/events.js';
import { compactSparkline } from '../indicator-sparkline/compact-sparkline.js';
import { illustrativeMark } from '../base/illustrative-mark.js';
import { PrintController } from '../base/print-controller.js';
import { styles } from './focus-area-card.styles.js';

/** Heading levels stop at 6, as HTML's do. */
const clampLevel = (n: number) => Math.min(6, Math.max(1, Math.round(n) || 2));

/**
 * One focus area (*indsatsområde*) of the agreement: its title, first focus, summary, every goal with its
 * indicators as compact sparklines and status, the fact box with sources, the initiatives with their status
 * and a status summary of the card's indicators ("2 forbedret · 1 stabil · 1 uden data").
 *
 * @tag sa-focus-area-card
 * @summary One focus area with its goals, indicators, facts and initiatives.
 * @status experimental
 * @since 0.1.0
 *
 * @fires {SaLoadEvent} sa-load - The focus area has been rendered.
 * @fires {SaErrorEvent} sa-error - It cannot be shown; `detail.message` says why, in the element's language.
 * @fires {SaToggleEvent} sa-toggle - A `collapsible` card was opened or closed; `detail` is `{ id, collapsed }`.
 *
 * @csspart base - Everything the element shows: the card itself.
 * @csspart card - The card (an `<article>`; the same element as `base`).
 * @csspart header - Title, first focus, counts and status summary.
 * @csspart title - The focus area's title (a heading at `heading-level`).
 * @csspart toggle - The button in the title of a `collapsible` card.
 * @csspart first-focus - The "Først med fokus på …" line.
 * @csspart status-summary - The count of indicators per status.
 * @csspart summary - The focus area's summary text.
 * @csspart goals - The list of goals.
 * @csspart goal - One goal: its statement and indicators.
 * @csspart indicator - One indicator's row (holds an `<sa-indicator-sparkline variant="compact">`).
 * @csspart marker - The "Også national indikator" and "Fremhævet" labels of an indicator.
 * @csspart facts - The fact box (*fakta*).
 * @csspart initiatives - The list of initiatives.
 *
 * @cssprop [--sa-card-padding=1em] - Padding inside the card.
 * @cssprop [--sa-card-border=1px solid var(--sa-color-border)] - The card's border.
 * @cssprop [--sa-card-highlight=var(--sa-color-accent)] - Edge of a highlighted indicator.
 */
export class SaFocusAreaCard extends SaElement {
  static override properties: PropertyDeclarations = {
    focusArea: { attribute: 'focus-area' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    collapsible: { type: Boolean },
    collapsed: { type: Boolean, reflect: true },
    statusFilter: { attribute: 'status-filter' },
    highlight: { attribute: false },
  };

  static override styles = [...SaElement.styles, styles];

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // The nested sparklines' (and cards') events are not this element's: see keepNestedEvents().
    keepNestedEvents(root);
    return root;
  }

  /** The focus area's `id` in the data. */
  focusArea?: string;

  /** Level of the card's title heading (1–6), so the card fits the page's heading outline. */
  headingLevel = 2;

  /** Make the title a button that opens and closes the rest of the card. */
  collapsible = false;

  /** A `collapsible` card shows only its header (and renders nothing else until opened). */
  collapsed = false;

  /** Show only indicators with these statuses (space-separated: `improving worsening stable no-data`). */
  statusFilter = '';

  /** Indicator ids to highlight (e.g. those of a chosen national goal). */
  highlight: readonly string[] = [];

  /** While the page prints, a collapsed card renders everything, so paper shows every value. */
  readonly #print = new PrintController(this);

  /** The agreement being rendered, passed on to the nested sparklines (already validated: no cost). */
  #agreement?: Agreement;

  protected override renderView(agreement: Agreement, { lang, m }: ViewContext): TemplateResult {
    const id = this.focusArea;
    if (!id) throw new ViewError((m) => m.missingFocusArea);
    const focusArea = byId(agreement.focusAreas, id);
    if (!focusArea) throw new ViewError((m) => m.notFoundFocusArea(id));

    this.#agreement = agreement;
    const level = clampLevel(this.headingLevel);
    const goals = focusArea.goals ?? [];
    const indicators = [...new Set(goals.flatMap((g) => g.indicatorIds ?? []))]
      .map((i) => byId(agreement.indicators, i))
      .filter((i) => i !== undefined);
    const counts = statusCounts(indicators, this.area);
    const title = text(focusArea.title, lang);
    const firstFocus = text(focusArea.firstFocus, lang);
    const open = !(this.collapsible && this.collapsed);
    // Collapsed cards render their body only when opened, which keeps a 300-indicator agreement fast.

    return html`<article class="card" part="base card" aria-labelledby="title">
      <header class="header" part="header">
        <div class="title" part="title" role="heading" aria-level=${level} id="title">
          ${
            this.collapsible && !isServer
              ? html`<button
                  type="button"
                  part="toggle"
                  class="toggle"
                  aria-expanded=${open ? 'true' : 'false'}
                  aria-controls="body"
                  @click=${this.#toggle}
                >
                  <span class="chevron" aria-hidden="true"></span><span>${title}</span>
                </button>`
              : title
          }
        </div>
        ${
          firstFocus
            ? html`<p class="first-focus" part="first-focus">
                <span class="label">${m.firstFocus}</span> ${firstFocus}
              </p>`
            : nothing
        }
        <p class="counts">${m.counts(goals.length, indicators.length)}</p>
        <p class="status-summary" part="status-summary">
          <span class="visually-hidden">${m.indicatorStatus}: </span>${renderStatusSummary(
            counts,
            lang,
            m.noIndicators,
          )}
        </p>
      </header>
      ${open || this.#print.printing ? this.#renderBody(focusArea, agreement.indicators, level, lang, m) : nothing}
    </article>`;
  }

  #toggle(): void {
    this.collapsed = !this.collapsed;
    // Dispatched from a variable: the manifest takes the event's name from @fires, not from this call.
    const event = new SaToggleEvent(this.focusArea ?? '', this.collapsed);
    this.dispatchEvent(event);
  }

  #renderBody(
    focusArea: FocusArea,
    indicators: Indicator[] | undefined,
    level: number,
    lang: Lang,
    m: Messages,
  ): TemplateResult {
    const sub = Math.min(6, level + 1);
    const summary = text(focusArea.summary, lang);
    const goals = focusArea.goals ?? [];
    const facts = focusArea.facts ?? [];
    const initiatives = focusArea.initiatives ?? [];
    return html`<div class="body" id="body">
      ${summary ? html`<p class="summary" part="summary">${summary}</p>` : nothing}
      ${
        goals.length
          ? html`<section class="section goals-section">
              <div class="section-title" role="heading" aria-level=${sub}>${m.goals}</div>
              <ol class="goals" part="goals">
                ${goals.map((g) => this.#renderGoal(g, indicators, lang, m))}
              </ol>
            </section>`
          : nothing
      }
      <div class="extras">
        ${facts.length ? this.#renderFacts(facts, sub, lang, m) : nothing}
        ${initiatives.length ? this.#renderInitiatives(initiatives, sub, lang, m) : nothing}
      </div>
    </div>`;
  }

  #renderGoal(
    goal: Goal,
    indicators: Indicator[] | undefined,
    lang: Lang,
    m: Messages,
  ): TemplateResult {
    const filter = parseStatuses(this.statusFilter);
    const all = (goal.indicatorIds ?? [])
      .map((i) => byId(indicators, i))
      .filter((i) => i !== undefined);
    const shown = filter.length
      ? all.filter((i) => filter.includes(summarize(i, this.area).status))
      : all;
    const highlight = new Set(this.highlight);
    return html`<li class="goal" part="goal">
      <p class="statement">${text(goal.statement, lang)}</p>
      ${
        shown.length
          ? html`<ul class="indicators">
              ${shown.map((indicator) => {
                const lit = highlight.has(indicator.id);
                return html`<li
                  class="indicator ${lit ? 'highlighted' : ''}"
                  part="indicator"
                  data-indicator=${indicator.id}
                >
                  ${compactSparkline(indicator.id, this.#agreement, lang, this.theme, this.area)}
                  ${
                    indicator.alsoNational || lit
                      ? html`<p class="markers" part="marker">
                          ${renderMarkers(
                            indicator.alsoNational,
                            lit,
                            m,
                            alsoNationalIllustrative(this.#agreement, indicator),
                          )}
                        </p>`
                      : nothing
                  }
                </li>`;
              })}
            </ul>`
          : html`<p class="none">${all.length ? m.noMatchingIndicators : m.noIndicators}</p>`
      }
    </li>`;
  }

  #renderFacts(facts: Fact[], level: number, lang: Lang, m: Messages): TemplateResult {
    return html`<section class="section facts" part="facts">
      <div class="section-title" role="heading" aria-level=${level}>${m.facts}</div>
      <dl>
        ${facts.map((f) => {
          const source = text(f.source, lang);
          // A source that names its year already ("Hvordan har du det? 2017") needs no period after it.
          const period = f.period && !source.includes(f.period) ? f.period : '';
          return html`<div class="fact">
            <dt>${text(f.label, lang)}</dt>
            <dd class="fact-value">
              ${text(f.value, lang)}${
                factIllustrative(this.#agreement, f) ? illustrativeMark(m) : nothing
              }
            </dd>
            ${
              source || period
                ? html`<dd class="fact-source">
                    ${source ? html`${m.source}: ${source}` : nothing}${
                      period ? html`${source ? ', ' : ''}${period}` : nothing
                    }
                  </dd>`
                : nothing
            }
          </div>`;
        })}
      </dl>
    </section>`;
  }

  #renderInitiatives(
    initiatives: Initiative[],
    level: number,
    lang: Lang,
    m: Messages,
  ): TemplateResult {
    return html`<section class="section" part="initiatives">
      <div class="section-title" role="heading" aria-level=${level}>${m.initiatives}</div>
      <ul class="initiatives">
        ${initiatives.map((i) => {
          const summary = text(i.summary, lang);
          return html`<li class="initiative">
            <span class="initiative-title">${text(i.title, lang)}</span>
            ${
              i.status
                ? html`<span class="badge initiative-status" data-status=${i.status}
                    >${labelIn(INITIATIVE_LABELS, i.status, lang)}</span
                  >`
                : nothing
            }${initiativeIllustrative(this.#agreement, i) ? illustrativeMark(m) : nothing}
            ${summary ? html`<p class="initiative-summary">${summary}</p>` : nothing}
          </li>`;
        })}
      </ul>
    </section>`;
  }
}
