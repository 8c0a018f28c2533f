// The baselines of `npm run bench`: a bare streaming parse of the same file, nothing else.
//   node scripts/bench-bare.mjs csv FILE    csv-parse stream API, records read and dropped
//   node scripts/bench-bare.mjs xlsx FILE   exceljs streaming WorkbookReader (styles cached), rows read and dropped
import { createReadStream } from 'node:fs';

const [kind, file] = process.argv.slice(2);
let rows = 0;
if (kind === 'csv') {
  const { parse } = await import('csv-parse');
  await new Promise((resolve, reject) => {
    const parser = createReadStream(file, { highWaterMark: 1 << 20 }).pipe(parse({ delimiter: ';', relax_column_count: true }));
    parser.on('readable', () => { while (parser.read() !== null) rows++; });
    parser.on('end', resolve);
    parser.on('error', reject);
  });
} else {
  const { default: ExcelJS } = await import('exceljs');
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(createReadStream(file, { highWaterMark: 1 << 20 }), {
    worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore',
  });
  for await (const ws of reader) for await (const row of ws) if (row.values.length > 0) rows++;
}
process.stderr.write(`rows ${rows}\n`);
