// The snippet builder of the editors' guide (Storybook only): pick a data file, a widget and an area, see it
// live, and copy the code for a script or an iframe embed.
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { hasAreaData, text, validate, type Agreement, type Indicator } from '@sundhedsaftale/data';
import '@sundhedsaftale/elements/define.js';
import '@sundhedsaftale/elements/area-comparison/define.js';
import {
  embedUrl,
  iframeSnippet,
  scriptSnippet,
  type SnippetOptions,
} from '../../packages/embed/src/snippets.js';
import type { EmbedLang, IndicatorVariant, Widget } from '../../packages/embed/src/embed-params.js';

const widgetLabels: Record<Widget, string> = {
  overview: 'Overblik over hele aftalen',
  'focus-area': 'Ét indsatsområde',
  indicator: 'Én indikator',
  comparison: 'Kommunerne sammenlignet på én indikator',
};

type Kind = 'script' | 'iframe';

/**
 * Builds the copy-paste code for a widget.
 * @tag sa-snippet-builder
 */
export class SaSnippetBuilder extends LitElement {
  static override styles = css`
    :host {
      display: block;
      font-family: system-ui, sans-serif;
      color: #1a1a1a;
      max-width: 960px;
    }
    form {
      display: grid;
      gap: 16px;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 280px), 1fr));
    }
    fieldset {
      border: 1px solid #c9cdd2;
      border-radius: 6px;
      margin: 0;
      padding: 12px 16px 16px;
      min-width: 0;
    }
    legend {
      font-weight: 700;
      padding: 0 4px;
    }
    label {
      display: block;
      margin: 8px 0 4px;
    }
    .choice {
      display: flex;
      gap: 8px;
      align-items: center;
      margin: 4px 0;
    }
    input[type='url'],
    select {
      box-sizing: border-box;
      width: 100%;
      font: inherit;
      padding: 6px 8px;
      border: 1px solid #767676;
      border-radius: 4px;
    }
    button {
      font: inherit;
      padding: 6px 14px;
      border: 2px solid #0059b3;
      border-radius: 4px;
      background: #0059b3;
      color: #fff;
      cursor: pointer;
    }
    button.secondary {
      background: #fff;
      color: #0059b3;
    }
    :focus-visible {
      outline: 3px solid #0059b3;
      outline-offset: 2px;
    }
    .row {
      display: flex;
      gap: 8px;
      align-items: end;
      flex-wrap: wrap;
      margin-top: 8px;
    }
    .hint {
      color: #595959;
      font-size: 0.9em;
      margin: 4px 0 0;
    }
    .error {
      color: #b42318;
      font-weight: 600;
    }
    h2 {
      font-size: 1.25em;
      margin: 28px 0 8px;
    }
    .snippets {
      display: grid;
      gap: 16px;
    }
    .snippet h3 {
      font-size: 1em;
      margin: 0 0 4px;
    }
    .snippet .hint {
      margin-bottom: 8px;
    }
    pre {
      margin: 0 0 8px;
      padding: 12px;
      background: #f3f4f6;
      border: 1px solid #c9cdd2;
      border-radius: 4px;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      font-size: 0.85em;
    }
    .preview {
      border: 1px dashed #767676;
      border-radius: 6px;
      padding: 16px;
      background: #fff;
    }
    .preview iframe {
      display: block;
      width: 100%;
      border: 0;
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  `;

  // No decorators: Storybook's Vite build does not lower them, and plain class fields would shadow Lit's
  // accessors, so reactive fields are declared and set in the constructor.
  static override properties = {
    dataUrl: { attribute: 'data-url' },
    base: {},
    widget: { state: true },
    focusArea: { state: true },
    indicator: { state: true },
    variant: { state: true },
    area: { state: true },
    language: { state: true },
    preview: { state: true },
    agreement: { state: true },
    loadMessage: { state: true },
    loadFailed: { state: true },
    announcement: { state: true },
    frameHeight: { state: true },
  };

  /** URL of the data file the code points to. */
  declare dataUrl: string;
  /** URL of the folder that holds sundhedsaftale.js, embed.html and embed-host.js. */
  declare base: string;
  declare private widget: Widget;
  declare private focusArea: string;
  declare private indicator: string;
  /** '' = the full element. */
  declare private variant: '' | IndicatorVariant;
  declare private area: string;
  declare private language: EmbedLang;
  declare private preview: Kind;
  declare private agreement: Agreement | undefined;
  declare private loadMessage: string;
  declare private loadFailed: boolean;
  declare private announcement: string;
  declare private frameHeight: number;

  constructor() {
    super();
    this.dataUrl = new URL('samples/midt-2024-2027.json', location.href).href;
    this.base = new URL('embed/', location.href).href;
    this.widget = 'indicator';
    this.focusArea = '';
    this.indicator = '';
    this.variant = '';
    this.area = '';
    this.language = 'da';
    this.preview = 'script';
    this.loadMessage = '';
    this.loadFailed = false;
    this.announcement = '';
    this.frameHeight = 300;
  }

  private loadedUrl = '';

  private readonly onMessage = (event: MessageEvent<{ type?: string; height?: number }>) => {
    const frame = this.renderRoot.querySelector('iframe');
    if (!frame || event.source !== frame.contentWindow) return;
    if (event.data?.type === 'sundhedsaftale:resize' && typeof event.data.height === 'number') {
      this.frameHeight = Math.ceil(event.data.height);
    }
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('message', this.onMessage);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('message', this.onMessage);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('dataUrl') && this.dataUrl !== this.loadedUrl) void this.load();
  }

  private async load(): Promise<void> {
    const url = this.dataUrl;
    this.loadedUrl = url;
    this.loadFailed = false;
    this.loadMessage = 'Henter datafilen …';
    try {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`Serveren svarede ${response.status}.`);
      const result = validate(await response.json());
      if (url !== this.dataUrl) return;
      if (!result.ok) {
        throw new Error(`Filen er ikke en gyldig sundhedsaftale (${result.errors.length} fejl).`);
      }
      const agreement = result.agreement;
      this.agreement = agreement;
      if (!(agreement.focusAreas ?? []).some((f) => f.id === this.focusArea)) {
        this.focusArea = agreement.focusAreas?.[0]?.id ?? '';
      }
      if (!(agreement.indicators ?? []).some((i) => i.id === this.indicator)) {
        this.indicator =
          (agreement.indicators ?? []).find((i) => i.state !== 'development')?.id ?? '';
      }
      if (!(agreement.areas ?? []).some((a) => a.id === this.area)) this.area = '';
      this.loadMessage = `Hentet: ${text(agreement.title)}.`;
    } catch (error) {
      if (url !== this.dataUrl) return;
      this.agreement = undefined;
      this.loadFailed = true;
      this.loadMessage = `Datafilen kunne ikke hentes. ${error instanceof Error ? error.message : ''} Tjek adressen, og at serveren sender CORS-headeren Access-Control-Allow-Origin.`;
    }
  }

  private get options(): SnippetOptions {
    return {
      base: this.base,
      src: this.dataUrl,
      widget: this.widget,
      ...(this.widget === 'focus-area' ? { focusArea: this.focusArea } : {}),
      ...(this.widget === 'indicator' || this.widget === 'comparison'
        ? { indicator: this.indicator }
        : {}),
      ...(this.widget === 'indicator' && this.variant ? { variant: this.variant } : {}),
      ...(this.area ? { area: this.area } : {}),
      lang: this.language,
    };
  }

  /** The script snippet for these choices (used by the story's tests too). */
  get scriptCode(): string {
    return scriptSnippet(this.options);
  }

  /** The iframe snippet for these choices. */
  get iframeCode(): string {
    return iframeSnippet(this.options);
  }

  private async copy(kind: Kind): Promise<void> {
    const code = kind === 'script' ? this.scriptCode : this.iframeCode;
    let ok = false;
    try {
      await navigator.clipboard.writeText(code);
      ok = true;
    } catch {
      // No clipboard permission (e.g. inside a sandboxed frame): select the code for Ctrl+C instead.
      const pre = this.renderRoot.querySelector<HTMLElement>(`#code-${kind}`);
      if (pre) {
        const range = document.createRange();
        range.selectNodeContents(pre);
        const selection = getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
      }
    }
    // Cleared first, so the same words are announced again on a second copy.
    this.announcement = '';
    await this.updateComplete;
    this.announcement = ok
      ? 'Kopieret'
      : 'Koden kunne ikke kopieres automatisk. Den er markeret: tryk Ctrl+C (Cmd+C på Mac).';
  }

  /** The comparison needs an indicator with figures per area: keep the chosen one if it has them. */
  private chooseWidget(widget: Widget): void {
    this.widget = widget;
    const indicators = this.agreement?.indicators ?? [];
    const chosen = indicators.find((i) => i.id === this.indicator);
    if (widget === 'comparison' && !(chosen && hasAreaData(chosen)))
      this.indicator = indicators.find(hasAreaData)?.id ?? this.indicator;
  }

  private onUrlSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const input = form.querySelector<HTMLInputElement>('#data-url')!;
    const base = form.querySelector<HTMLInputElement>('#base')!;
    this.base = base.value.trim();
    this.loadedUrl = '';
    this.dataUrl = input.value.trim();
  }

  /** The indicator picker, offering `indicators` (disabled until the data file has loaded). */
  private indicatorSelect(label: string, indicators: Indicator[]) {
    return html`<label for="indicator">${label}</label>
      <select
        id="indicator"
        ?disabled=${!this.agreement}
        @change=${(e: Event) => (this.indicator = (e.target as HTMLSelectElement).value)}
      >
        ${indicators.map(
          (i) =>
            html`<option value=${i.id} ?selected=${i.id === this.indicator}>
              ${text(i.name)}
            </option>`,
        )}
      </select>`;
  }

  override render() {
    const a = this.agreement;
    return html`
      <form @submit=${this.onUrlSubmit}>
        <fieldset>
          <legend>1. Filer</legend>
          <label for="data-url">Adresse på datafilen (JSON)</label>
          <input id="data-url" type="url" required .value=${this.dataUrl} />
          <label for="base">Adresse på mappen med sundhedsaftale.js</label>
          <input id="base" type="url" required .value=${this.base} />
          <div class="row"><button type="submit">Hent data</button></div>
          <p class=${this.loadFailed ? 'hint error' : 'hint'} role="status">${this.loadMessage}</p>
        </fieldset>

        <fieldset>
          <legend>2. Widget</legend>
          ${(Object.keys(widgetLabels) as Widget[]).map(
            (w) =>
              html`<label class="choice"
                ><input
                  type="radio"
                  name="widget"
                  .checked=${this.widget === w}
                  @change=${() => this.chooseWidget(w)}
                />${widgetLabels[w]}</label
              >`,
          )}
          ${
            this.widget === 'focus-area'
              ? html`<label for="focus-area">Indsatsområde</label>
                  <select
                    id="focus-area"
                    ?disabled=${!a}
                    @change=${(e: Event) => (this.focusArea = (e.target as HTMLSelectElement).value)}
                  >
                    ${(a?.focusAreas ?? []).map(
                      (f) =>
                        html`<option value=${f.id} ?selected=${f.id === this.focusArea}>
                          ${text(f.title)}
                        </option>`,
                    )}
                  </select>`
              : nothing
          }
          ${
            this.widget === 'comparison'
              ? html`${this.indicatorSelect(
                    'Indikator med tal for kommunerne',
                    (a?.indicators ?? []).filter(hasAreaData),
                  )}
                  <p class="hint">
                    Sammenligningen har sin egen fil, sundhedsaftale-comparison.js, i samme mappe
                    som sundhedsaftale.js. Koden herunder henter den.
                  </p>`
              : nothing
          }
          ${
            this.widget === 'indicator'
              ? html`${this.indicatorSelect('Indikator', a?.indicators ?? [])}
                  <label for="variant">Visning</label>
                  <select
                    id="variant"
                    @change=${(e: Event) =>
                      (this.variant = (e.target as HTMLSelectElement).value as '' | 'line')}
                  >
                    <option value="" ?selected=${this.variant === ''}>Fuld</option>
                    <option value="line" ?selected=${this.variant === 'line'}>
                      Kort: kurve og seneste tal
                    </option>
                  </select>
                  <p class="hint">Den korte passer ind i en tekst eller en tabel.</p>`
              : nothing
          }
        </fieldset>

        <fieldset>
          <legend>3. Område og sprog</legend>
          <label for="area">Kommune eller område</label>
          <select
            id="area"
            ?disabled=${!a}
            @change=${(e: Event) => (this.area = (e.target as HTMLSelectElement).value)}
          >
            <option value="" ?selected=${this.area === ''}>Hele regionen</option>
            ${(a?.areas ?? []).map(
              (area) =>
                html`<option value=${area.id} ?selected=${area.id === this.area}>
                  ${text(area.name)} (${area.id})
                </option>`,
            )}
          </select>
          <p class="hint">Kommuner uden egne tal viser regionens.</p>
          <label class="choice"
            ><input
              type="radio"
              name="lang"
              .checked=${this.language === 'da'}
              @change=${() => (this.language = 'da')}
            />Dansk</label
          >
          <label class="choice"
            ><input
              type="radio"
              name="lang"
              .checked=${this.language === 'en'}
              @change=${() => (this.language = 'en')}
            />English</label
          >
        </fieldset>
      </form>

      <h2>Koden</h2>
      <div class="snippets">
        ${this.renderSnippet(
          'script',
          'Script (anbefales)',
          'Til CMS’er, der tillader <script type="module">.',
          this.scriptCode,
        )}
        ${this.renderSnippet(
          'iframe',
          'Iframe',
          'Til CMS’er, der kun tillader iframes. Den sidste linje giver rammen den rigtige højde.',
          this.iframeCode,
        )}
      </div>
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>

      <h2>Forhåndsvisning</h2>
      <div role="radiogroup" aria-label="Vis forhåndsvisning som" class="row">
        <label class="choice"
          ><input
            type="radio"
            name="preview"
            .checked=${this.preview === 'script'}
            @change=${() => (this.preview = 'script')}
          />Script</label
        >
        <label class="choice"
          ><input
            type="radio"
            name="preview"
            .checked=${this.preview === 'iframe'}
            @change=${() => (this.preview = 'iframe')}
          />Iframe</label
        >
      </div>
      <div class="preview" lang=${this.language}>${a ? this.renderPreview() : nothing}</div>
    `;
  }

  private renderSnippet(kind: Kind, title: string, hint: string, code: string) {
    return html`<section class="snippet" aria-labelledby="title-${kind}">
      <h3 id="title-${kind}">${title}</h3>
      <p class="hint">${hint}</p>
      <pre id="code-${kind}"><code>${code}</code></pre>
      <button type="button" class="secondary" @click=${() => this.copy(kind)}>
        Kopiér ${kind === 'script' ? 'script-koden' : 'iframe-koden'}
      </button>
    </section>`;
  }

  private renderPreview() {
    const o = this.options;
    if (this.preview === 'iframe') {
      return html`<iframe
        src=${embedUrl(o)}
        title="Forhåndsvisning af iframen"
        height=${this.frameHeight}
      ></iframe>`;
    }
    const area = o.area ?? '';
    switch (o.widget) {
      case 'overview':
        return html`<sa-overview src=${o.src} area=${area}></sa-overview>`;
      case 'comparison':
        return html`<sa-area-comparison
          src=${o.src}
          indicator=${o.indicator ?? ''}
          area=${area}
        ></sa-area-comparison>`;
      case 'focus-area':
        return html`<sa-focus-area-card
          src=${o.src}
          focus-area=${o.focusArea ?? ''}
          area=${area}
        ></sa-focus-area-card>`;
      default:
        return html`<sa-indicator-sparkline
          src=${o.src}
          indicator=${o.indicator ?? ''}
          variant=${o.variant ?? 'default'}
          area=${area}
        ></sa-indicator-sparkline>`;
    }
  }
}

if (!customElements.get('sa-snippet-builder')) {
  customElements.define('sa-snippet-builder', SaSnippetBuilder);
}

declare global {
  interface HTMLElementTagNameMap {
    'sa-snippet-builder': SaSnippetBuilder;
  }
}
