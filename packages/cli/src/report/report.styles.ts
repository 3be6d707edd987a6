/** The report's page CSS: screen and A4 print, no script. Status colours meet WCAG AA on white. */
export const REPORT_CSS = `
@page{size:A4;margin:16mm 14mm 18mm}
*{box-sizing:border-box}
body{margin:0 auto;padding:1.5rem;max-width:62rem;color:#1a1a1a;background:#fff;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}
h1{font-size:1.7em;line-height:1.2;margin:.1em 0 .5em}
h2{font-size:1.3em;margin:1.6em 0 .5em;padding-top:.3em;border-top:2px solid #0059b3}
h3{font-size:1.1em;margin:1.3em 0 .4em}
h2,h3,h4{break-after:avoid}
.kicker{margin:0;color:#0059b3;font-weight:700;font-size:.85em}
.meta{display:grid;grid-template-columns:repeat(auto-fill,minmax(13em,1fr));gap:.3em 1.5em;margin:0 0 1em}
.meta dt{font-size:.8em;color:#595959}
.meta dd{margin:0;font-weight:600}
.notice{padding:.5em .75em;border-left:4px solid #8a5a00;background:#fff7e6}
.note,.muted,.words-label{color:#595959;font-size:.85em}
.muted{display:block}
.words-label{margin:.6em 0 .2em;font-weight:600}
.words{margin:0;padding-left:1.2em;font-size:.9em}
.words li{break-inside:avoid}
table{width:100%;border-collapse:collapse;font-size:.9em}
th,td{text-align:left;vertical-align:top;padding:.4em .6em .4em 0;border-bottom:1px solid #c9cdd2}
thead th{border-bottom-width:2px;font-size:.9em}
.num{text-align:right}
thead{display:table-header-group}
tr{break-inside:avoid}
.status{font-weight:600}
.status[data-status=improving]{color:#1b7a3a}
.status[data-status=worsening]{color:#b42318}
.status[data-status=stable]{color:#4b5563}
.counts .status{white-space:nowrap}
sa-indicator-sparkline{--sa-sparkline-width:5.5em}
sa-indicator-sparkline::part(value),sa-indicator-sparkline::part(badge){display:none}
.badge{display:inline-block;margin-left:.3em;padding:0 .35em;border:1px solid #595959;border-radius:3px;font-size:.75em;font-weight:600;color:#595959;white-space:nowrap}
tbody th{width:34%}
td.num{white-space:normal;min-width:7.5em}
.keep{break-inside:avoid}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.annex{break-before:page}
.annex>h2:first-child{margin-top:0}
@media print{body{padding:0;max-width:none;font-size:10.5pt}}
`;
