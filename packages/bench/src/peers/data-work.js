// Not a peer but the other half of the floor: the data work ours does before any DOM (validate() the
// untrusted document once, then each indicator's summarize(), describe() and formatValue()) and nothing
// else. Added to the Lit element floor, it is the least any element of ours can measure: see "The floor,
// added up" in docs/performance.md. Drawn = the work is done; nothing is drawn.
import { describe, formatValue, summarize, validate } from '@sundhedsaftale/data';

/** What the elements keep (summaries, sentences, values), kept here too, as the heap case counts it. */
const kept = [];

export async function render(container, agreement) {
  const result = validate(agreement);
  if (!result.ok) throw new Error(result.errors[0]?.en);
  for (const indicator of result.agreement.indicators) {
    const summary = summarize(indicator);
    kept.push(
      summary,
      describe(indicator, summary, 'da'),
      formatValue(summary.latest?.value, indicator.unit, 'da', summary.decimals),
    );
  }
}

export const count = () => kept.length / 3;
