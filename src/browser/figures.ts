/**
 * The figures of each submission as they will be counted, beside the cell as the GI wrote it, so
 * that "80" read as 80% (or 0,8 read as 0,8%) is seen before the file is sent.
 */
import type { FieldCell, FigureKey, FileRecords, Labels, Lang, Place, RawValue, Submission } from '../domain/model.js';
import { FIGURE_KEYS, fieldDef, type FieldType } from '../domain/fields.js';
import { formatMessageNumber, placeText } from '../domain/messages.js';

export interface FigureRead {
  key: FigureKey;
  label: Labels;
  type: FieldType;
  /** The cell as written (as Excel shows it); null when the figure has no cell of its own (derived). */
  seen: Labels | null;
  /** The value that will be counted; null = not delivered. */
  counted: Labels | null;
  /** Where the cell sits, per language. */
  place: Labels | null;
}

export interface SubmissionFigures {
  gi: string;
  registered: boolean;
  peildatum: string;
  file: string | null;
  figures: FigureRead[];
}

const both = (f: (lang: Lang) => string): Labels => ({ nl: f('nl'), en: f('en') });

/** Full precision: the page shows what is read, rounding nothing away. */
const number = (n: number, lang: Lang): string => formatMessageNumber(n, lang, 6);

function seenText(value: RawValue, lang: Lang): string {
  switch (value.kind) {
    case 'text': return value.text;
    case 'number': return value.percent ? `${number(value.number * 100, lang)}%` : number(value.number, lang);
    case 'date': return value.iso;
    case 'boolean': return String(value.bool);
    case 'error': return value.text;
    case 'formula-without-result': return value.formula;
    case 'empty': return '';
  }
}

function countedText(value: number, type: FieldType, lang: Lang): string {
  return type === 'percent' ? `${number(value * 100, lang)}%` : number(value, lang);
}

/** Per submission, every figure: as written, and as counted. */
export function figuresRead(submissions: readonly Submission[], records: readonly FileRecords[]): SubmissionFigures[] {
  const cells = new Map<Place, FieldCell>();
  for (const file of records) for (const sheet of file.sheets) for (const record of sheet.records) {
    for (const cell of Object.values(record.cells)) cells.set(cell.place, cell);
  }
  return submissions.map((s) => ({
    gi: s.gi,
    registered: s.registered,
    peildatum: s.peildatum,
    file: s.source.file,
    figures: FIGURE_KEYS.map((key): FigureRead => {
      const def = fieldDef(key);
      const place = s.places?.[key];
      const cell = place ? cells.get(place) : undefined;
      const value = s.figures[key];
      return {
        key,
        label: def.label,
        type: def.type,
        seen: cell ? both((lang) => seenText(cell.value, lang)) : null,
        counted: value === null ? null : both((lang) => countedText(value, def.type, lang)),
        place: place ? both((lang) => placeText(place, lang)) : null,
      };
    }),
  }));
}
