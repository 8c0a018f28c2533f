// Regenerates the README's indicator and field tables from the registries (run after `npm run build`):
//   node scripts/docs-tables.mjs          rewrite them in README.md, between their markers
//   node scripts/docs-tables.mjs --print  print them
// tests/unit/readme.test.ts checks that the README still lists every indicator and field.
import { readFileSync, writeFileSync } from 'node:fs';
import { INDICATORS, DEFINITIONS_VERSION } from '../dist/domain/indicators.js';
import { FIELDS } from '../dist/domain/fields.js';

const esc = (s) => s.replace(/\|/g, '\\|');
const indicators = [
  `Definitions version ${DEFINITIONS_VERSION}.`,
  '',
  '| id | Nederlands | English | unit | formula (national) | decimals national / per GI |',
  '|---|---|---|---|---|---|',
  ...INDICATORS.map((d) => `| \`${d.id}\` | ${esc(d.label.nl)} | ${esc(d.label.en)} | ${d.unit.nl} | ${esc(d.formula.nl)} | ${d.decimals.national} / ${d.perGi ? d.decimals.gi : '–'} |`),
].join('\n');
const fields = [
  '| key | Dutch label (template) | English label | kind | meaning |',
  '|---|---|---|---|---|',
  ...FIELDS.map((f) => `| \`${f.key}\` | ${esc(f.unit ? `${f.label.nl} (${f.unit.nl})` : f.label.nl)} | ${esc(f.label.en)} | ${f.type} | ${esc(f.help.en)} |`),
].join('\n');

if (process.argv.includes('--print')) {
  console.log(`${indicators}\n\n${fields}`);
} else {
  const url = new URL('../README.md', import.meta.url);
  let readme = readFileSync(url, 'utf8');
  for (const [name, table] of [['indicators', indicators], ['fields', fields]]) {
    const re = new RegExp(`(<!-- ${name}:start -->\\n)[\\s\\S]*?(<!-- ${name}:end -->)`);
    if (!re.test(readme)) throw new Error(`README.md has no ${name} markers`);
    readme = readme.replace(re, `$1${table}\n$2`);
  }
  writeFileSync(url, readme);
  console.log('README.md tables regenerated');
}
