// Registers every element. The provider first, so children upgraded after it find their data at once.
import './agreement/define.js';
import './indicator-sparkline/define.js';
import './focus-area-card/define.js';
import './overview/define.js';
