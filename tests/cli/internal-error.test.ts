import { describe, expect, it } from 'vitest';
import { main } from '../../src/main.js';
import { ROOT } from '../helpers.js';

/** A stream that fails like a bug would: not a usage or input problem. */
function failingRun(args: string[]) {
  let stderr = '';
  const io = {
    stdout: { write: (): boolean => { throw new Error('kapotte stroom'); } },
    stderr: { write: (s: string | Uint8Array) => { stderr += String(s); return true; } },
    env: {},
    cwd: ROOT,
  };
  return main(args, io).then((exitCode) => ({ exitCode, stderr }));
}

describe('internal errors', () => {
  it('exit 4 with one line and no stack trace', async () => {
    const r = await failingRun(['compute', 'fixtures/nulmeting-2022-12-01', '--format', 'json']);
    expect(r.exitCode).toBe(4);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('jbmonitor: interne fout: kapotte stroom');
    expect(r.stderr).not.toContain('    at ');
  });

  it('shows the stack with --debug', async () => {
    const r = await failingRun(['compute', 'fixtures/nulmeting-2022-12-01', '--format', 'json', '--debug']);
    expect(r.exitCode).toBe(4);
    expect(r.stderr).toContain('    at ');
  });
});
