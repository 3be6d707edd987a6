import { LitElement, type PropertyDeclarations } from 'lit';
import type { Agreement, Lang } from '@sundhedsaftale/data';
import { DataSource } from './data-source.js';
import { followLang, resolveLang, unfollowLang } from './lang.js';
import { withdrawComparisonOffer } from './comparison-offer.js';

/**
 * What `<sa-agreement>` and every widget share: the data routes as properties, handed to one
 * `DataSource`, and a language that follows the page. The tags below reach each element's manifest entry
 * (custom-elements-manifest.config.mjs drops this class itself).
 *
 * @internal
 *
 * @fires {SaLoadEvent} sa-load - The data has been rendered.
 * @fires {SaErrorEvent} sa-error - It cannot be shown; `detail.message` says why, in the element's language.
 *
 * @csspart error - The error message.
 */
export abstract class SaDataElement extends LitElement {
  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    src: {},
    timeout: { type: Number },
    maxBytes: { type: Number, attribute: 'max-bytes' },
    lang: { reflect: true },
  };

  /**
   * The agreement as a parsed object. Takes precedence over `src`. Treated as immutable: to show a
   * change, assign a new object (docs/developers.md, "Passing data"). Typed as the contract for editors;
   * the element still validates whatever it is given and shows an error for a document that is not valid.
   */
  data?: Agreement;

  /** URL of the agreement's JSON file. Fetched once per page however many elements use it. */
  src?: string;

  /** Milliseconds to wait for `src` before giving up. */
  timeout = 10_000;

  /** Largest data file read from `src`, in bytes. */
  maxBytes = 5_000_000;

  /**
   * The UI language: `en` for English, `da` for Danish. Without it, the nearest ancestor's `lang` (or the
   * page's `<html lang>`), followed when that changes; else Danish.
   */
  // Reflected, since CSS `:lang()` and the elements inside read the attribute. A Lit property of its own,
  // not the native one: that reads the attribute, so it would always look unchanged to Lit.
  override lang!: string;

  /** @internal */
  protected readonly dataSource = new DataSource(this, this.provides);

  /** Whether this element passes its data on to the elements inside it (`<sa-agreement>`). */
  protected get provides(): boolean {
    return false;
  }

  /** The language last rendered in, compared again when the element is connected. */
  #lang?: Lang;

  /** The language of the UI texts: `lang` here or on an ancestor, else Danish. */
  protected get uiLang(): Lang {
    return resolveLang(this);
  }

  /** Resolves the language for a render, and follows later changes of the page's `lang`. */
  protected renderLang(): Lang {
    const lang = resolveLang(this);
    this.#lang = lang;
    followLang(this, lang);
    return lang;
  }

  /**
   * Static HTML (`sundhedsaftale render --script`) gives the element a declarative shadow root. This is a
   * client render, not hydration: the live view replaces that markup instead of being added after it.
   */
  protected override createRenderRoot() {
    this.shadowRoot?.replaceChildren();
    return super.createRenderRoot();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved, or connected again after `<html lang>` changed: render in the language it has now.
    if (this.hasUpdated && resolveLang(this) !== this.#lang) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unfollowLang(this);
    withdrawComparisonOffer(this);
  }

  protected override willUpdate(): void {
    this.dataSource.sync();
  }

  /**
   * Fetches `src` again, bypassing caches. If that fails after a good load, the last good data stays, with
   * a note that it may be out of date.
   */
  refresh(): Promise<void> {
    return this.dataSource.refresh();
  }
}
