// The comparison's own self-contained file: `<sa-area-comparison>`, and `<sa-agreement>` to give it data.
// It is not in sundhedsaftale.js, which is at its size budget (docs/decisions/0008-d3-modules.md); a page
// that shows both links both files. Registering a tag the other file has registered is a no-op, and the
// two share an `<sa-agreement>` through the context protocol's shared key.
import '@sundhedsaftale/elements/agreement/define.js';
import '@sundhedsaftale/elements/area-comparison/define.js';
