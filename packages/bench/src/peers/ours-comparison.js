// Ours: <sa-area-comparison> from the elements package, bundled alone (the self-contained bundle does not
// register it yet: docs/decisions/0008-d3-modules.md). Used by the comparison case only.
import '@sundhedsaftale/elements/area-comparison/define.js';

export const render = () => {
  throw new Error('ours-comparison runs the comparison case only');
};
export const count = () => 0;
