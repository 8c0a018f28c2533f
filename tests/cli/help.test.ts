import { describe, expect, it } from 'vitest';
import { translateError } from '../../src/cli-help.js';
import { langOf } from '../../src/main.js';
import { runCli } from '../helpers.js';

/**
 * One language per run, commander's own words included: the help of every command in Dutch
 * (default) and English (--lang en), never a word of the other language; commander's errors
 * likewise; the environment's LANG changes nothing.
 */
const HELPS: { name: string; args: string[] }[] = [
  { name: 'jbmonitor', args: ['--help'] },
  { name: 'compute', args: ['compute', '--help'] },
  { name: 'validate', args: ['validate', '--help'] },
  { name: 'template', args: ['template', '--help'] },
  { name: 'checker', args: ['checker', '--help'] },
  { name: 'explain', args: ['explain', '--help'] },
  { name: 'help compute', args: ['help', 'compute'] },
];

/** Commander's English words (and a few of our own that must not leak into Dutch help). */
const ENGLISH = /\b(Usage|Options|Commands|Arguments|Examples|default|choices|display help|output the version|for command|inputs|file|date|number|notation|format|mode)\b/u;
const DUTCH = /\b(Gebruik|Opties|Opdrachten|Argumenten|Voorbeelden|standaard|keuze|toon|invoer|bestand|datum|getal|notatie|formaat|modus|opdracht)\b/u;

describe('--help in one language', () => {
  for (const h of HELPS) {
    it(`${h.name}: Dutch by default, with two or three examples at the end`, async () => {
      const r = await runCli(h.args);
      expect(r.exitCode).toBe(0);
      expect(r.stdout).toMatch(/^Gebruik: jbmonitor/u);
      // Flags and their values are the program's own words; everything else must be Dutch.
      const prose = r.stdout.replace(/--?[a-z][a-z-]*/gu, '').replace(/^ {2}jbmonitor .*$/gmu, '');
      expect(prose).not.toMatch(ENGLISH);
      const examples = r.stdout.split('Voorbeelden:\n')[1] ?? '';
      expect(examples.match(/^ {2}jbmonitor /gmu)?.length).toBeGreaterThanOrEqual(2);
      expect(examples.match(/^ {2}jbmonitor /gmu)?.length).toBeLessThanOrEqual(3);
    });

    it(`${h.name}: English with --lang en, whatever LANG says`, async () => {
      const r = await runCli([...h.args, '--lang', 'en'], { env: { LANG: 'nl_NL.UTF-8', LC_ALL: 'nl_NL.UTF-8' } });
      expect(r.exitCode).toBe(0);
      expect(r.stdout).toMatch(/^Usage: jbmonitor/u);
      expect(r.stdout.replace(/--?[a-z][a-z-]*/gu, '').replace(/^ {2}jbmonitor .*$/gmu, '').replace(/\b(peildatum|uitvraag|Algemene termijnenwet|art\. 3 lid 1)\b/gu, '')).not.toMatch(DUTCH);
      expect(r.stdout).toMatch(/Examples:\n {2}# .+\n {2}jbmonitor /u);
    });
  }

  it('LANG=en_US does not make the help English', async () => {
    const r = await runCli(['compute', '--help'], { env: { LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8', LANGUAGE: 'en' } });
    expect(r.stdout).toMatch(/^Gebruik: /u);
  });

  it('fits 80 columns', async () => {
    for (const lang of ['nl', 'en']) {
      for (const h of HELPS) {
        const r = await runCli([...h.args, '--lang', lang]);
        for (const line of r.stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
      }
    }
  });
});

describe('commander errors in the run\'s language (exit 2)', () => {
  it.each([
    [['compute', 'x', '--frmat', 'csv'], "jbmonitor: gebruik: onbekende optie '--frmat'\n(Bedoelde u --format?)", "jbmonitor: usage: unknown option '--frmat'\n(Did you mean --format?)"],
    [['comptue'], "jbmonitor: gebruik: onbekende opdracht 'comptue'\n(Bedoelde u compute?)", "jbmonitor: usage: unknown command 'comptue'\n(Did you mean compute?)"],
    [['compute'], "jbmonitor: gebruik: het argument 'invoer' ontbreekt", "jbmonitor: usage: missing argument 'inputs'"],
    [['compute', 'x', '--out'], "jbmonitor: gebruik: de optie '-o, --out <bestand>' mist een waarde", "jbmonitor: usage: option '-o, --out <file>' needs a value"],
    [['compute', 'x', '--format', 'docs'], "jbmonitor: gebruik: de optie '-f, --format <formaat>' kent de waarde 'docs' niet; kies uit table, csv, tsv, xlsx, docx, html, md, tekst, json",
      "jbmonitor: usage: option '-f, --format <format>' does not know the value 'docs'; choose from table, csv, tsv, xlsx, docx, html, md, tekst, json"],
    [['explain', 'a', 'b'], "jbmonitor: gebruik: te veel argumenten voor 'explain': verwacht 1, gekregen 2", "jbmonitor: usage: too many arguments for 'explain': expected 1, got 2"],
  ])('%j', async (args, nl, en) => {
    const dutch = await runCli(args);
    expect(dutch.exitCode).toBe(2);
    expect(dutch.stderr).toBe(`${nl}\n(gebruik --help voor de opties)\n`);
    const english = await runCli([args[0] ?? '', '--lang', 'en', ...args.slice(1)]);
    expect(english.exitCode).toBe(2);
    expect(english.stderr).toBe(`${en}\n(use --help for the options)\n`);
  });

  it('passes an unknown message on without its English "error:" prefix', () => {
    expect(translateError('error: something new\n', 'nl')).toBe('jbmonitor: gebruik: something new\n');
  });
});

describe('langOf: the language from --lang alone', () => {
  it.each([
    [[], 'nl'], [['--lang', 'en'], 'en'], [['--lang=en'], 'en'], [['--lang', 'en', '--lang', 'nl'], 'nl'],
    [['--lang=nl', '--lang', 'en'], 'en'], [['--lang', 'fr'], 'nl'], [['compute', 'en'], 'nl'],
  ] as const)('%j → %s', (argv, lang) => {
    expect(langOf(argv)).toBe(lang);
  });
});
