import { html, type TemplateResult } from 'lit';
import type { Messages } from './messages.js';

/**
 * "Eksempeldata" beside one item the data marks as an example (a status, a target, a link, a fact, a
 * `*`). Written out, never a colour or icon alone (WCAG 1.4.1); the title says what the mark means.
 * The space before it keeps it a word of its own for screen readers and copied text.
 */
export const illustrativeMark = (m: Messages): TemplateResult =>
  html` <span class="illustrative" part="illustrative" title=${m.illustrativeItemNote}
    >${m.illustrative}</span
  >`;
