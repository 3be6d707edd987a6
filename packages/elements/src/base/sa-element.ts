import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { Agreement, Lang } from '@sundhedsaftale/data';
import type { AgreementState, LoadError } from './agreement-context.js';
import { SaDataElement } from './data-element.js';
import { messages, type Messages } from './messages.js';
import { ViewError } from './view-error.js';
import { baseStyles } from './base.styles.js';
import { statusStyles } from './status.styles.js';

export interface ViewContext {
  lang: Lang;
  m: Messages;
}

const MAX_LISTED_ISSUES = 3;

/**
 * The base of every `sa-*` element: finds the data (property, `src`, inline JSON, ancestor
 * `<sa-agreement>`, in that order), renders the loading and error states, resolves the language and fires
 * `sa-load`/`sa-error`. Subclasses only render a valid agreement in `renderView()`. The parts and custom
 * properties below are every widget's (the theming table of docs/elements.md).
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart skeleton - The placeholder while loading.
 * @csspart stale - The note that the data may be out of date (a refresh failed after a good load).
 * @csspart illustrative - The "Eksempeldata" mark beside an item that is an example.
 *
 * @cssprop [--sa-color-text=light-dark(#1a1a1a, #f1f3f5)] - Text.
 * @cssprop [--sa-color-muted=light-dark(#595959, #b8bec6)] - Secondary text.
 * @cssprop [--sa-color-accent=light-dark(#0059b3, #8ab4f8)] - Links, buttons, pressed toggles, highlight.
 * @cssprop [--sa-color-surface=light-dark(#ffffff, #1b1e23)] - Backgrounds.
 * @cssprop [--sa-color-subtle=light-dark(#f3f4f6, #262a31)] - Panels, fact box, highlighted rows.
 * @cssprop [--sa-color-border=light-dark(#c9cdd2, #4a515b)] - Borders and rules.
 * @cssprop [--sa-color-improving=light-dark(#1b7a3a, #6fcf8e)] - Status "Forbedret".
 * @cssprop [--sa-color-worsening=light-dark(#b42318, #ff8a80)] - Status "Forværret"; the error message's edge.
 * @cssprop [--sa-color-stable=light-dark(#4b5563, #c3c9d1)] - Status "Stabil".
 * @cssprop [--sa-color-no-data=light-dark(#595959, #b8bec6)] - Status "Uden data".
 * @cssprop [--sa-color-focus=light-dark(#0059b3, #8ab4f8)] - Keyboard focus ring.
 * @cssprop [--sa-radius=4px] - Corner radius.
 * @cssprop [--sa-font-family=inherit] - Font (inherits the page's).
 * @cssprop [--sa-font-size=inherit] - Base size (everything else is in `em`).
 * @cssprop [--sa-skeleton-height=6em] - Height of the placeholder while loading.
 */
export abstract class SaElement extends SaDataElement {
  static override properties: PropertyDeclarations = {
    area: { reflect: true },
    theme: { reflect: true, useDefault: true },
  };

  static override styles = [baseStyles, statusStyles];

  /** Area id (e.g. a municipality code, `751`): show its figures where the data has them. */
  area?: string;

  /**
   * Colour theme: `auto` follows the reader's system, `light` and `dark` force one. Reflected for the
   * theme's CSS, but not the default: an element writes no attribute onto itself until someone sets one,
   * so a server-rendered tag hydrates without a mismatch (`useDefault` costs a small Map per element).
   */
  theme: 'auto' | 'light' | 'dark' = 'auto';

  /** The data state that wins: the element's own route, else the nearest `<sa-agreement>`. */
  protected get source(): AgreementState {
    return this.dataSource.state;
  }

  /**
   * Renders a valid agreement as one top element with `part="base"`. Throw `ViewError` when the data
   * lacks what the attributes ask for.
   */
  protected abstract renderView(agreement: Agreement, view: ViewContext): TemplateResult;

  protected override render(): TemplateResult {
    const lang = this.renderLang();
    const m = messages(lang);
    const source = this.source;
    switch (source.status) {
      case 'loading':
      case 'idle':
        if (source.status === 'idle' && !this.#waitsForProvider()) {
          return this.#renderError(
            { da: messages('da').noSource, en: messages('en').noSource },
            lang,
          );
        }
        return html`<div class="state" part="base" aria-busy="true">
          <span class="visually-hidden" role="status">${m.loading}</span>
          <div class="skeleton" part="skeleton"></div>
        </div>`;
      case 'error':
        // An <sa-agreement> announces its own failure once; its children only show it.
        return this.#renderError(source.error, lang, this.dataSource.own.status !== 'idle');
      case 'ready':
        try {
          const view = this.renderView(source.agreement, { lang, m });
          this.dataSource.report(source.agreement);
          // The view is the shadow root's top element itself (no wrapper template: a page of a thousand
          // sparklines would clone a thousand more); a stale note goes before it.
          return source.stale
            ? html`<p class="stale" part="stale" role="status">
                  ${source.stale[lang]} ${m.mayBeOutdated}
                </p>
                ${view}`
            : view;
        } catch (error) {
          const describe = error instanceof ViewError ? error.describe : undefined;
          return this.#renderError(
            describe
              ? { da: describe(messages('da')), en: describe(messages('en')) }
              : {
                  da: 'Der opstod en uventet fejl, da data skulle vises.',
                  en: 'An unexpected error occurred while showing the data.',
                },
            lang,
          );
        }
    }
  }

  /** Inside an `<sa-agreement>` (or one not yet upgraded), idle means "waiting", not "no data". */
  #waitsForProvider(): boolean {
    return this.closest?.('sa-agreement') != null;
  }

  #renderError(error: LoadError, lang: Lang, announce = true): TemplateResult {
    const message = error[lang];
    // Keyed by the Danish text: the same error shown again in English is no new outcome.
    this.dataSource.report(error.da, message);
    const issues = error.issues ?? [];
    const listed = issues.slice(0, MAX_LISTED_ISSUES);
    const m = messages(lang);
    return html`<div class="error" part="error base" role=${announce ? 'alert' : nothing}>
      <p class="error-message">${message}</p>
      ${
        listed.length
          ? html`<ul class="issues">
              ${listed.map(
                (issue) =>
                  html`<li>
                    <code>${issue.pointer || '/'}</code>: ${lang === 'en' ? issue.en : issue.da}
                  </li>`,
              )}
              ${
                issues.length > listed.length
                  ? html`<li>${m.andMore(issues.length - listed.length)}</li>`
                  : nothing
              }
            </ul>`
          : nothing
      }
    </div>`;
  }
}
