import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from '../helpers.js';

/**
 * Files that must be refused: exit 1, nothing computed, the exact located message, no stack
 * trace. One fixture folder per case (fixtures/refuse-*). Each line is asserted as validate
 * prints it; compute must print the same line on stderr (one code path: commands/load.ts).
 */
interface Case { folder: string; args?: string[]; nl: string[]; en?: string[] }

const CASES: Case[] = [
  {
    folder: 'refuse-not-a-number',
    nl: ['fout: fixtures/refuse-not-a-number/noord.xlsx › Uitvraag › B8 (Aantal ondertoezichtstellingen): "ongeveer 1200" is geen getal. Vul alleen het getal in, of laat de cel leeg als het cijfer niet geleverd kan worden.'],
    en: ['error: fixtures/refuse-not-a-number/noord.xlsx › Uitvraag › B8 (Supervision orders (OTS)): "ongeveer 1200" is not a number. Enter the number only, or leave the cell empty when the figure cannot be delivered.'],
  },
  {
    folder: 'refuse-wrong-notation',
    nl: ['fout: fixtures/refuse-wrong-notation/gis.csv › rij 3 › Formatie jeugdbeschermers (fte): "2.566,5" past niet bij de getalnotatie van dit bestand (decimale punt). Schrijf 2566.5 of geef --decimal comma op.'],
    en: ['error: fixtures/refuse-wrong-notation/gis.csv › row 3 › Formatie jeugdbeschermers (fte): "2.566,5" does not fit this file\'s number notation (decimal point). Write 2566.5 or set --decimal comma.'],
  },
  {
    folder: 'input-decimal-ambiguous',
    nl: ['fout: fixtures/input-decimal-ambiguous/gelderland.csv › rij 2 › Formatie jeugdbeschermers (fte): "1.274" is dubbelzinnig (1274 met decimale komma, 1,274 met decimale punt) en het bestand toont geen eenduidige notatie. Geef --decimal comma of --decimal point op.'],
    en: ['error: fixtures/input-decimal-ambiguous/gelderland.csv › row 2 › Formatie jeugdbeschermers (fte): "1.274" is ambiguous (1274 with a decimal comma, 1.274 with a decimal point) and the file shows no unambiguous notation. Pass --decimal comma or --decimal point.'],
  },
  {
    folder: 'refuse-negative',
    nl: ['fout: fixtures/refuse-negative/noord.csv › rij 5 › Formatie jeugdbeschermers (fte): "-154,6" is negatief. Vul een getal van 0 of meer in.'],
    en: ['error: fixtures/refuse-negative/noord.csv › row 5 › Formatie jeugdbeschermers (fte): "-154,6" is negative. Enter a number of 0 or more.'],
  },
  {
    folder: 'refuse-fractional-count',
    nl: [
      'fout: fixtures/refuse-fractional-count/noord.xlsx › Uitvraag › B8 (Aantal ondertoezichtstellingen): "1.194,5" is geen geheel aantal. Tel hele kinderen of maatregelen.',
      'fout: fixtures/refuse-fractional-count/noord.xlsx › Uitvraag › B11 (Totaal aantal maatregelen): "2.023,5" is geen geheel aantal. Tel hele kinderen of maatregelen.',
    ],
    en: ['error: fixtures/refuse-fractional-count/noord.xlsx › Uitvraag › B8 (Supervision orders (OTS)): "1,194.5" is not a whole number. Count whole children or measures.'],
  },
  {
    folder: 'refuse-availability-above-100',
    nl: ['fout: fixtures/refuse-availability-above-100/noord.csv › rij 6 › Beschikbaarheid (%): "120%" ligt niet tussen 0 en 100%. Vul een percentage van 0 tot en met 100% in (bijv. 80%).'],
  },
  {
    folder: 'refuse-types-total',
    nl: ['fout: fixtures/refuse-types-total/noord.xlsx › Uitvraag › B11 (Totaal aantal maatregelen): OTS + voogdij + JR = 2.023, maar het totaal is 2.032. Corrigeer het totaal of een van de soorten.'],
    en: ['error: fixtures/refuse-types-total/noord.xlsx › Uitvraag › B11 (Total measures): OTS + guardianship + JR = 2,023, but the total is 2,032. Correct the total or one of the types.'],
  },
  {
    folder: 'refuse-waiting-exceeds-measures',
    nl: ['fout: fixtures/refuse-waiting-exceeds-measures/limburg.csv › rij 10 › Kinderen op interne wachtlijst: 2.100 kinderen wachten, meer dan het totaal van 2.023 maatregelen. Controleer beide cijfers.'],
  },
  {
    folder: 'refuse-duplicate',
    nl: [
      'fout: fixtures/refuse-duplicate/noord-en-gelderland.csv › rij 3 › Naam GI: Twee aanleveringen voor Jeugdbescherming Noord op peildatum 2022-12-01: deze en fixtures/refuse-duplicate/jb-noord.xlsx › Uitvraag › B4. Er wordt niets opgeteld; verwijder of corrigeer ze tot er één over is.',
      'fout: fixtures/refuse-duplicate/jb-noord.xlsx › Uitvraag › B4 (Naam GI): Twee aanleveringen voor Jeugdbescherming Noord op peildatum 2022-12-01: deze en fixtures/refuse-duplicate/noord-en-gelderland.csv › rij 3. Er wordt niets opgeteld; verwijder of corrigeer ze tot er één over is.',
    ],
    en: ['error: fixtures/refuse-duplicate/noord-en-gelderland.csv › row 3 › Naam GI: Two submissions for Jeugdbescherming Noord on reference date 2022-12-01: this one and fixtures/refuse-duplicate/jb-noord.xlsx › Uitvraag › B4. Nothing is summed; remove or correct them until one is left.'],
  },
  {
    folder: 'refuse-no-fields',
    nl: ['fout: fixtures/refuse-no-fields/notities.csv: Geen herkenbare velden gevonden. Gebruik de labels van de uitvraag (zie `jbmonitor template`).'],
  },
  {
    folder: 'refuse-no-recognisable-sheet',
    nl: ['fout: fixtures/refuse-no-recognisable-sheet/leeg-sjabloon.xlsx: Geen herkenbare velden gevonden. Gebruik de labels van de uitvraag (zie `jbmonitor template`).'],
  },
  {
    folder: 'refuse-csv-syntax',
    nl: ['fout: fixtures/refuse-csv-syntax/limburg.csv › rij 2: Het CSV-bestand is niet te lezen: een aanhalingsteken (") wordt geopend maar niet gesloten. Sla het bestand opnieuw op vanuit Excel als CSV.'],
    en: ['error: fixtures/refuse-csv-syntax/limburg.csv › row 2: The CSV file cannot be read: a quote (") is opened but never closed. Save the file again from Excel as CSV.'],
  },
  { folder: 'refuse-empty', nl: ['fout: fixtures/refuse-empty/leeg.csv: Het bestand is leeg. Lever het ingevulde bestand opnieuw aan.'], en: ['error: fixtures/refuse-empty/leeg.csv: The file is empty. Deliver the filled-in file again.'] },
  {
    folder: 'refuse-renamed-pdf',
    nl: ['fout: fixtures/refuse-renamed-pdf/aanlevering.xlsx: Dit is geen spreadsheet (geen geldig .xlsx- of .csv-bestand). Lever een .xlsx- of .csv-bestand aan.'],
  },
  {
    folder: 'refuse-truncated-xlsx',
    nl: ['fout: fixtures/refuse-truncated-xlsx/noord.xlsx: Het bestand is beschadigd of onvolledig (geen leesbaar .xlsx-bestand). Open het in Excel, sla het opnieuw op als .xlsx en lever het opnieuw aan.'],
  },
  {
    folder: 'refuse-legacy-xls',
    nl: ['fout: fixtures/refuse-legacy-xls/noord.xls: Oude Excel-bestanden (.xls) worden niet gelezen. Open het bestand in Excel en sla het op als .xlsx.'],
  },
  {
    folder: 'refuse-total-mismatch',
    nl: ['fout: fixtures/refuse-total-mismatch/overzicht.xlsx › Overzicht › F6 (Aantal ondertoezichtstellingen): De totaalrij "Totaal" geeft 11.606, maar de som van de 3 GI-rijen van deze tabel is 11.506. Corrigeer de totaalrij of de GI-rijen.'],
    en: ['error: fixtures/refuse-total-mismatch/overzicht.xlsx › Overzicht › F6 (Supervision orders (OTS)): The total row "Totaal" gives 11,606, but the sum of the 3 GI rows of this table is 11,506. Correct the total row or the GI rows.'],
  },
  {
    // Closed world: a name that is not in the register is an error, never a new GI.
    folder: 'input-gi-unknown',
    nl: ['fout: fixtures/input-gi-unknown/gis.csv › rij 3 › Naam GI: Onbekende GI "Jeugdbescherming Limbrug"; bedoelt u "Jeugdbescherming Limburg"? Voeg haar toe aan het register (--gi-register) als het een nieuwe GI is.'],
  },
  {
    folder: 'refuse-formula-without-result',
    nl: ['fout: fixtures/refuse-formula-without-result/noord.xlsx › Uitvraag › B11 (Totaal aantal maatregelen): De formule =SUM(B8:B10) heeft geen opgeslagen uitkomst. Open het bestand in Excel en sla het opnieuw op; jbmonitor rekent formules nooit zelf uit.'],
  },
  {
    folder: 'refuse-percent-mixed',
    nl: ['fout: fixtures/refuse-percent-mixed/gis.csv › rij 2 › Beschikbaarheid (%): Het bestand schrijft dit percentage zowel als fractie (0,8) als als getal boven 1 (80). Kies één schrijfwijze.'],
  },
  {
    folder: 'refuse-missing-peildatum',
    nl: ['fout: fixtures/refuse-missing-peildatum/gis.csv (Peildatum): De peildatum ontbreekt: geen kolom Peildatum en geen label Peildatum boven de kopregel. Voeg er een toe, of geef --peildatum op (bijv. --peildatum 2022-12-01).'],
  },
  {
    folder: 'refuse-nonexistent-date',
    nl: ['fout: fixtures/refuse-nonexistent-date/noord.csv › rij 4 › Peildatum: "31-11-2022" is geen bestaande datum. Schrijf bijv. 1-12-2022 of 2022-12-01.'],
  },
];

const lines = (text: string) => text.split('\n').map((l) => l.trim());
const STACK = /\n\s+at .+:\d+:\d+/u;

describe('refused inputs: exit 1, nothing computed, exact located message', () => {
  for (const c of CASES) {
    const args = [`fixtures/${c.folder}`, ...(c.args ?? [])];
    it(`validate ${args.join(' ')}`, async () => {
      const r = await runCli(['validate', ...args]);
      expect(r.exitCode, r.stdout).toBe(1);
      for (const line of c.nl) expect(lines(r.stdout)).toContain(line);
      expect(r.stdout + r.stderr).not.toMatch(STACK);
    });
    if (c.en) {
      it(`validate ${args.join(' ')} --lang en`, async () => {
        const r = await runCli(['validate', ...args, '--lang', 'en']);
        expect(r.exitCode).toBe(1);
        for (const line of c.en ?? []) expect(lines(r.stdout)).toContain(line);
      });
    }
    it(`compute ${args.join(' ')} refuses with the same message`, async () => {
      const r = await runCli(['compute', ...args]);
      expect(r.exitCode).toBe(1);
      expect(r.stdout).toBe('');
      for (const line of c.nl) expect(lines(r.stderr)).toContain(line);
      expect(r.stderr).not.toMatch(STACK);
    });
  }
});

describe('plausibility warnings: listed, not fatal (fatal with --strict)', () => {
  const WARNINGS: Case[] = [
    {
      folder: 'plausibility-availability-workload',
      nl: [
        'waarschuwing: fixtures/plausibility-availability-workload/noord.csv › rij 6 › Beschikbaarheid (%): De beschikbaarheid is 40%, lager dan 50%. Controleer formatie en beschikbare formatie.',
        'waarschuwing: fixtures/plausibility-availability-workload/noord.csv › rij 10 › Totaal aantal maatregelen: De organisatieworkload is 48,9 maatregelen per beschikbare fte, buiten 5–40. Controleer de maatregelen en de beschikbare formatie.',
      ],
    },
    {
      folder: 'plausibility-change',
      nl: ['waarschuwing: fixtures/plausibility-change/noord-2023-05-01.csv › rij 2 › Formatie jeugdbeschermers (fte): 210,3: een stijging van 36% ten opzichte van peildatum 2022-12-01 (154,6). Controleer het cijfer.'],
      en: ['warning: fixtures/plausibility-change/noord-2023-05-01.csv › row 2 › Formatie jeugdbeschermers (fte): 210.3: a rise of 36% against reference date 2022-12-01 (154.6). Check the figure.'],
    },
    {
      folder: 'plausibility-days-without-count',
      nl: ['waarschuwing: fixtures/plausibility-days-without-count/noord.csv › rij 11 › Gemiddelde wachttijd bij start (dagen): De gemiddelde wachttijd is opgegeven zonder het aantal wachtende kinderen; het gemiddelde telt landelijk niet mee.'],
    },
    {
      folder: 'plausibility-small-round',
      nl: ['waarschuwing: fixtures/plausibility-small-round/limburg.csv (Peildatum): Voor peildatum 2021-12-01 leverden maar 1 van de 13 GI\'s aan (Jeugdbescherming Limburg). Is de peildatum goed getypt?'],
      en: ['warning: fixtures/plausibility-small-round/limburg.csv (Reference date): For reference date 2021-12-01 only 1 of the 13 GIs delivered (Jeugdbescherming Limburg). Is the reference date typed correctly?'],
    },
  ];
  for (const c of WARNINGS) {
    it(`validate fixtures/${c.folder}`, async () => {
      const r = await runCli(['validate', `fixtures/${c.folder}`]);
      expect(r.exitCode, r.stdout).toBe(0);
      for (const line of c.nl) expect(lines(r.stdout)).toContain(line);
      if (c.en) {
        const en = await runCli(['validate', `fixtures/${c.folder}`, '--lang', 'en']);
        for (const line of c.en) expect(lines(en.stdout)).toContain(line);
      }
      const strict = await runCli(['validate', `fixtures/${c.folder}`, '--strict']);
      expect(strict.exitCode).toBe(1);
      const computed = await runCli(['compute', `fixtures/${c.folder}`]);
      expect(computed.exitCode).toBe(0);
      for (const line of c.nl) expect(lines(computed.stderr)).toContain(line);
    });
  }
});

describe('a table without a peildatum is one error, not one per row', () => {
  it.each([
    // folder, rows in the table
    ['refuse-missing-peildatum', 1],
    ['input-peildatum-option', 3],
  ] as const)('%s (%d rows): one located error', async (folder, rows) => {
    const csv = readFileSync(path.join(FIXTURES, folder, 'gis.csv'), 'utf8');
    expect(csv.trim().split('\n')).toHaveLength(rows + 1);
    const r = await runCli(['validate', `fixtures/${folder}`, '--format', 'json']);
    expect(r.exitCode).toBe(1);
    const report = JSON.parse(r.stdout) as { issues: { type: string; file: string; row: number | null }[] };
    const missing = report.issues.filter((i) => i.type === 'row/missing-peildatum');
    expect(missing.map((i) => [i.file, i.row])).toEqual([[`fixtures/${folder}/gis.csv`, null]]);
  });
});

describe('accepted only with the right option', () => {
  it('--gi-register makes a new GI known: no warning, registered', async () => {
    const without = await runCli(['validate', 'fixtures/input-gi-register']);
    expect(without.exitCode).toBe(1);
    expect(without.stdout).toContain('Onbekende GI "JB Zuid-Limburg"');
    const r = await runCli(['validate', 'fixtures/input-gi-register', '--gi-register', 'fixtures/input-gi-register/extra-register.json', '--format', 'json']);
    expect(r.exitCode).toBe(0);
    const report = JSON.parse(r.stdout) as { counts: { warning: number }; submissions: { gi: string; registered: boolean }[] };
    expect(report.counts.warning).toBe(0);
    expect(report.submissions.map((s) => [s.gi, s.registered])).toContainEqual(['Jeugdbescherming Zuid-Limburg', true]);
  });
});
