/** The page's only stylesheet: inline, readable contrast, tables that survive a paste into Word, print-friendly. */
export const HTML_STYLE = `
body { font-family: Arial, Helvetica, sans-serif; color: #111111; background: #ffffff; margin: 2em; max-width: 80em; line-height: 1.4; }
h1 { font-size: 1.6em; } h2 { font-size: 1.3em; margin-top: 1.6em; } h3 { font-size: 1.1em; }
table { border-collapse: collapse; margin: 0.5em 0 1em 0; font-size: 0.9em; }
th, td { border: 1px solid #808080; padding: 0.2em 0.5em; vertical-align: top; }
th { background: #e8eef4; text-align: left; }
td.num { text-align: right; white-space: nowrap; }
td.geleverd { background: #e2efda; } td.ontbreekt { background: #f8d7da; } td.waarschuwing { background: #fff2cc; }
td.status { text-align: center; }
.chart { display: flex; flex-wrap: wrap; gap: 1.5em; align-items: flex-start; margin-bottom: 1.5em; }
figure { margin: 0; }
.chart table { font-size: 0.8em; } .chart th[scope="row"] { font-weight: normal; } figcaption { font-weight: bold; margin-bottom: 0.3em; }
p.note { font-size: 0.9em; color: #333333; }
code { font-size: 0.85em; }
th { hyphens: auto; overflow-wrap: break-word; }
@media print {
  body { margin: 0; font-size: 9pt; }
  table { font-size: 7.5pt; } svg { max-width: 100%; height: auto; } th, td { padding: 0.1em 0.25em; }
  h2 { break-before: auto; break-after: avoid; }
  .chart, table, figure { break-inside: avoid; }
}
@page { margin: 15mm; }
`;
