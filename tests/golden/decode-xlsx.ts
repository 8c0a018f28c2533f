import ExcelJS from 'exceljs';

/**
 * A workbook as reviewable text: one line per non-empty cell with its value type, value and
 * number format. Golden xlsx files are compared byte for byte; this companion makes a diff readable.
 */
export async function decodeXlsx(bytes: Uint8Array): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const lines: string[] = [];
  wb.eachSheet((ws) => {
    const frozen = ws.views[0]?.state === 'frozen' ? ` frozen ${ws.views[0].xSplit ?? 0}/${ws.views[0].ySplit ?? 0}` : '';
    const p = ws.pageSetup;
    const page = ` page ${Number(p.paperSize) === 9 ? 'A4' : String(p.paperSize ?? '-')} ${p.orientation ?? '-'} fit ${p.fitToWidth ?? '-'}x${p.fitToHeight ?? '-'} titles ${p.printTitlesRow ?? '-'}`;
    lines.push(`## ${ws.name}${frozen};${page}; widths ${ws.columns.map((c) => c.width ?? '-').join(' ')}`);
    ws.eachRow((row) => row.eachCell((cell) => {
      const v = cell.value;
      const shown = typeof v === 'number' ? `n ${v}` : typeof v === 'string' ? `s ${JSON.stringify(v)}` : v instanceof Date ? `d ${v.toISOString().slice(0, 10)}` : `? ${JSON.stringify(v)}`;
      lines.push(`${cell.address} ${shown}${cell.numFmt ? ` [${cell.numFmt}]` : ''}`);
    }));
  });
  return `${lines.join('\n')}\n`;
}
