import { z } from 'zod';
import type { FigureKey, RegisterEntry } from '../domain/model.js';
import { FIELDS, fieldDef, type FieldType } from '../domain/fields.js';

/**
 * Upper bounds far beyond any GI (the largest has a few thousand measures and a few hundred fte):
 * a value above them is a typing error, and sums of such values could overflow to Infinity.
 */
export const MAXIMUM = { count: 1_000_000, fte: 100_000, days: 36_500 } as const;

/** The constraint of each numeric field type, after the value has been read. */
const NUMBER_BY_TYPE: Record<Exclude<FieldType, 'gi' | 'date'>, z.ZodNumber> = {
  count: z.number().int().min(0).max(MAXIMUM.count),
  fte: z.number().min(0).max(MAXIMUM.fte),
  days: z.number().min(0).max(MAXIMUM.days),
  percent: z.number().min(0).max(1),
};

/**
 * The figures of one submission: the canonical keys of the uitvraag with their constraints.
 * Built once from the field registry; null = not delivered.
 */
export const figuresSchema = z.object(Object.fromEntries(FIELDS
  .filter((f) => f.type !== 'gi' && f.type !== 'date')
  .map((f) => [f.key, NUMBER_BY_TYPE[f.type as keyof typeof NUMBER_BY_TYPE].nullable()])) as Record<FigureKey, z.ZodNullable<z.ZodNumber>>);

/** The issue type a failed constraint becomes (zod's issues converted once, here). */
export function constraintIssueType(key: FigureKey, value: number): 'cell/negative' | 'cell/percent-range' | 'cell/too-large' | 'cell/fractional-count' | 'cell/not-a-number' | null {
  const result = figuresSchema.shape[key].safeParse(value);
  if (result.success) return null;
  const first = result.error.issues[0];
  if (!first) return null;
  if (first.code === 'too_small') return 'cell/negative';
  if (first.code === 'too_big') return fieldDef(key).type === 'percent' ? 'cell/percent-range' : 'cell/too-large';
  // A count beyond the safe integers fails `int` before `max`: it is too large, not fractional.
  if (first.code === 'invalid_type') return Number.isInteger(value) ? 'cell/too-large' : 'cell/fractional-count';
  return 'cell/not-a-number';
}

/** A GI register file (--gi-register): the bundled data/gi-register.json has the same shape. */
export const registerSchema = z.object({
  description: z.string().optional(),
  gis: z.array(z.object({
    name: z.string().trim().min(1),
    code: z.string().trim().min(1),
    monitor: z.boolean().default(true),
    aliases: z.array(z.string().trim().min(1)).default([]),
  })),
});

export function parseRegister(json: unknown): { ok: true; entries: RegisterEntry[] } | { ok: false; problems: string[] } {
  const result = registerSchema.safeParse(json);
  if (result.success) return { ok: true, entries: result.data.gis };
  return { ok: false, problems: result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`) };
}
