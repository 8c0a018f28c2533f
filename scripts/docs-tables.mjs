// Regenerates the tables in docs/ that come from the registries (run after `npm run build`):
//   node scripts/docs-tables.mjs          rewrite them between their markers
//   node scripts/docs-tables.mjs --print  print them
// tests/unit/readme.test.ts builds the same tables from src/ and fails when a page is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Which page holds which generated table, between `<!-- name:start -->` and `<!-- name:end -->`. */
export const TABLE_PAGES = { indicators: 'docs/indicators.md', fields: 'docs/input.md', formats: 'docs/reports.md' };

const esc = (s) => s.replace(/\|/g, '\\|');
const code = (s) => `\`${s}\``;

/** The tables, as markdown, from the registries passed in (dist/ when run, src/ in the test). */
export function docsTables({ INDICATORS, DEFINITIONS_VERSION, FIELDS, FORMATS }) {
  return {
    indicators: [
      `Definitions version ${DEFINITIONS_VERSION}.`,
      '',
      '| id | Nederlands | English | unit | formula (national) | decimals national / per GI |',
      '|---|---|---|---|---|---|',
      ...INDICATORS.map((d) => `| ${code(d.id)} | ${esc(d.label.nl)} | ${esc(d.label.en)} | ${d.unit.nl} | ${esc(d.formula.nl)} | ${d.decimals.national} / ${d.perGi ? d.decimals.gi : '–'} |`),
    ].join('\n'),
    fields: [
      '| key | Dutch label (template) | English label | kind | meaning |',
      '|---|---|---|---|---|',
      ...FIELDS.map((f) => `| ${code(f.key)} | ${esc(f.unit ? `${f.label.nl} (${f.unit.nl})` : f.label.nl)} | ${esc(f.label.en)} | ${f.type} | ${esc(f.help.en)} |`),
    ].join('\n'),
    formats: [
      '| `--format` | `--out` extension | what you get |',
      '|---|---|---|',
      ...FORMATS.map((f) => `| ${code(f.id)} | ${f.extensions.length > 0 ? f.extensions.map(code).join(', ') : `none (written to ${(f.alsoWrites ?? []).map(code).join(', ')} when \`--format ${f.id}\` names it)`} | ${esc(f.description.en)} |`),
    ].join('\n'),
  };
}

const markers = (name) => new RegExp(`(<!-- ${name}:start -->\\n)[\\s\\S]*?(<!-- ${name}:end -->)`);

/** The text between a page's markers, without the markers; undefined when it has none. */
export function tableIn(page, name) {
  return markers(name).exec(page)?.[0].replace(/^<!-- [a-z]+:start -->\n/, '').replace(/\n?<!-- [a-z]+:end -->$/, '');
}

/** The page with the table between its markers replaced. */
export function withTable(page, name, table) {
  if (!markers(name).test(page)) throw new Error(`no ${name} markers`);
  return page.replace(markers(name), (_all, start, end) => `${start}${table}\n${end}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [{ INDICATORS, DEFINITIONS_VERSION }, { FIELDS }, { FORMATS }] = await Promise.all([
    import('../dist/domain/indicators.js'), import('../dist/domain/fields.js'), import('../dist/render/formats.js'),
  ]);
  const tables = docsTables({ INDICATORS, DEFINITIONS_VERSION, FIELDS, FORMATS });
  if (process.argv.includes('--print')) {
    console.log(Object.values(tables).join('\n\n'));
  } else {
    for (const [name, file] of Object.entries(TABLE_PAGES)) {
      const url = new URL(`../${file}`, import.meta.url);
      writeFileSync(url, withTable(readFileSync(url, 'utf8'), name, tables[name]));
      console.log(`${file}: ${name} table regenerated`);
    }
  }
}
