// Loaded with `node --import` before the CLI: on exit, writes the process's peak resident memory
// (kB, as the kernel counts it) as the last line of stderr, for the resource tests to assert on.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  writeSync(2, `\n@@maxrss-kb ${process.resourceUsage().maxRSS}\n`);
});
