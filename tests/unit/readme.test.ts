import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { INDICATORS } from '../../src/domain/indicators.js';
import { FORMATS } from '../../src/render/formats.js';
import { FIELDS } from '../../src/domain/fields.js';
import { ROOT } from '../helpers.js';

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

describe('README stays true to the registries', () => {
  it('opens with the two commands: install + run, install + test', () => {
    const first = /```sh\n([\s\S]*?)```/u.exec(readme)?.[1] ?? '';
    const lines = first.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^npm ci && npm run build && node bin\/jbmonitor\.js compute fixtures\//u);
    expect(lines[1]).toMatch(/^npm ci && npm test/u);
  });
  it.each(INDICATORS.map((d) => [d.id, d.label.nl]))('documents indicator %s', (id, label) => {
    expect(readme).toContain(`\`${id}\``);
    expect(readme).toContain(label);
  });
  it.each(FIELDS.map((f) => [f.key, f.label.nl]))('documents field %s', (key, label) => {
    expect(readme).toContain(`\`${key}\``);
    expect(readme).toContain(label);
  });
  it.each(FORMATS.map((f) => [f.id]))('documents format %s', (id) => {
    expect(readme).toContain(`\`${id}\``);
  });
});
