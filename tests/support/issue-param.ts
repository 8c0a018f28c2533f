import type { Issue } from '../../src/domain/model.js';

/**
 * One param of an issue of any kind, by name: for a test that lists the params of the issues it
 * got side by side (the union type lets code read only the params of a kind it has narrowed to).
 */
export function param(issue: Issue, name: string): unknown {
  return (issue.params as Readonly<Record<string, unknown>>)[name];
}
