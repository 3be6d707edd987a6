// Not a peer but the other half of the floor: the data work ours does before any DOM (validate() the
// untrusted document once, then each indicator's summarize(), describe() and formatValue()) and nothing
// else. The document is parsed from its text first and validated in place, as a document loaded from
// `src` is (a `.data` object is copied instead: see docs/performance.md). Added to the Lit element floor, it is the least any element of ours can measure: see "The floor,
// added up" in docs/performance.md. Drawn = the work is done; nothing is drawn, so no frame is waited for.
import { describe, formatValue, summarize, validate } from '@sundhedsaftale/data';

/**
 * The work, step by step: `step(name, run)` runs each one (phases.js times them). Returns what the
 * elements keep: summaries, sentences and values.
 */
export function dataWork(agreement, step = (_name, run) => run(), inPlace = false) {
  const result = step('validate', () => validate(agreement, { inPlace }));
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
/** The document parsed from its text before the clock starts, and the times of each step. */
let parsed;
const times = {};

/**
 * The document is parsed from JSON text first, as on a page that fetches it: `JSON.parse` of that text,
 * the first time in a fresh page, is the yardstick for `validate()` ("validate() vs JSON.parse" in
 * results.md). The parse is not part of the row's time: the other pages get the document as objects.
 */
export function prepare(agreement) {
  const json = JSON.stringify(agreement);
  const t = performance.now();
  parsed = JSON.parse(json);
  times.parse = performance.now() - t;
}

export async function render() {
  kept = dataWork(
    parsed,
    (name, run) => {
      const start = performance.now();
      const out = run();
      times[name] = performance.now() - start;
      return out;
    },
    true,
  );
  parsed = undefined; // the validated copy is what is kept, as in the elements
}

/** Nothing is drawn: the harness does not wait for a frame. */
export const drawsNothing = true;
export const details = () => ({ ...times });
export const count = () => kept?.values.length ?? 0;
