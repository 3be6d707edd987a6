// The self-contained bundle: registers every element. Editors link this one file.
import '@sundhedsaftale/elements/define.js';
