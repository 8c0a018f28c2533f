// Prints the README's indicator and field tables from the registries (run after `npm run build`):
//   node scripts/docs-tables.mjs
// tests/unit/readme.test.ts checks that the README still lists every indicator and field.
import { INDICATORS, DEFINITIONS_VERSION } from '../dist/compute/indicators.js';
import { FIELDS } from '../dist/validate/fields.js';

const esc = (s) => s.replace(/\|/g, '\\|');
console.log(`Definitions version ${DEFINITIONS_VERSION}.\n`);
console.log('| id | Nederlands | English | unit | formula (national) | decimals national / per GI |');
console.log('|---|---|---|---|---|---|');
for (const d of INDICATORS) {
  console.log(`| \`${d.id}\` | ${esc(d.label.nl)} | ${esc(d.label.en)} | ${d.unit.nl} | ${esc(d.formula.nl)} | ${d.decimals.national} / ${d.perGi ? d.decimals.gi : '–'} |`);
}
console.log('\n| key | Dutch label (template) | English label | kind | meaning |');
console.log('|---|---|---|---|---|');
for (const f of FIELDS) {
  const label = f.unit ? `${f.label.nl} (${f.unit.nl})` : f.label.nl;
  console.log(`| \`${f.key}\` | ${esc(label)} | ${esc(f.label.en)} | ${f.type} | ${esc(f.help.en)} |`);
}
