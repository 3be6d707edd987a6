// Ours with variant="line": the line and the latest value, the same content as the plain-SVG baseline;
// everything else the full sparkline shows is in the chart's description. Same signal as ours.js.
import { renderOurs } from './ours.js';

export const render = (container, agreement) => renderOurs(container, agreement, 'line');
export { count } from './ours.js';
