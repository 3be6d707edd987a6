// Not a peer but the other half of the floor: the data work ours does before any DOM (validate() the
// untrusted document once, then each indicator's summarize(), describe() and formatValue()) and nothing
// else. Added to the Lit element floor, it is the least any element of ours can measure: see "The floor,
// added up" in docs/performance.md. Drawn = the work is done; nothing is drawn.
import { describe, formatValue, summarize, validate } from '@sundhedsaftale/data';

/**
 * The work, step by step: `step(name, run)` runs each one (phases.js times them). Returns what the
 * elements keep: summaries, sentences and values.
 */
export function dataWork(agreement, step = (_name, run) => run()) {
  const result = step('validate', () => validate(agreement));
  if (!result.ok) throw new Error(result.errors[0]?.en);
  const { indicators } = result.agreement;
  const summaries = step('summarize', () => indicators.map((i) => summarize(i)));
  const sentences = step('describe', () =>
    indicators.map((i, k) => describe(i, summaries[k], 'da')),
  );
  const values = step('formatValue', () =>
    indicators.map((i, k) =>
      formatValue(summaries[k].latest?.value, i.unit, 'da', summaries[k].decimals),
    ),
  );
  return { summaries, sentences, values };
}

/** Kept alive, as the elements keep theirs: the heap case counts it. */
let kept;

export async function render(container, agreement) {
  kept = dataWork(agreement);
}

export const count = () => kept?.values.length ?? 0;
