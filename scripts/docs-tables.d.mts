// Types of scripts/docs-tables.mjs, so tests can build the docs tables from src/.
import type { FieldDef } from '../src/domain/fields.js';
import type { IndicatorDef } from '../src/domain/indicators.js';
import type { FormatDef } from '../src/render/formats.js';

export type TableName = 'indicators' | 'fields' | 'formats';
export const TABLE_PAGES: Record<TableName, string>;
export function docsTables(registries: {
  INDICATORS: readonly IndicatorDef[];
  DEFINITIONS_VERSION: string;
  FIELDS: readonly FieldDef[];
  FORMATS: readonly FormatDef[];
}): Record<TableName, string>;
export function tableIn(page: string, name: TableName): string | undefined;
export function withTable(page: string, name: TableName, table: string): string;
