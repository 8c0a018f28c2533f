import { Help, type Command, type HelpConfiguration, type OutputConfiguration } from 'commander';
import type { Lang } from './domain/model.js';

/**
 * Commander's own words in the run's language: the help's headings, "(default: …)" and
 * "(choices: …)", the usage line's [options], and its error messages. One language per run,
 * decided by --lang alone (never by the environment's LANG).
 */

const TITLES: Record<Lang, Record<string, string>> = {
  nl: { 'Usage:': 'Gebruik:', 'Arguments:': 'Argumenten:', 'Options:': 'Opties:', 'Commands:': 'Opdrachten:', 'Global Options:': 'Algemene opties:' },
  en: {},
};

const EXTRA: Record<Lang, { choices: string; default: string }> = {
  nl: { choices: 'keuze', default: 'standaard' },
  en: { choices: 'choices', default: 'default' },
};

interface Described {
  description: string;
  argChoices?: string[];
  defaultValue?: string | number | boolean | string[];
  defaultValueDescription?: string;
  required?: boolean;
  optional?: boolean;
}

/** "(keuze: nl, en; standaard: nl)": choices and default in words, without JSON quotes. */
function describe(item: Described, showDefault: boolean, lang: Lang): string {
  const extra: string[] = [];
  if (item.argChoices) extra.push(`${EXTRA[lang].choices}: ${item.argChoices.join(', ')}`);
  const shownDefault = item.defaultValueDescription ?? (item.defaultValue === undefined ? undefined : String(item.defaultValue));
  if (showDefault && shownDefault !== undefined) extra.push(`${EXTRA[lang].default}: ${shownDefault}`);
  return extra.length ? `${item.description} (${extra.join('; ')})` : item.description;
}

/** The help configuration of every command: headings, usage and option extras in `lang`. */
export function helpConfiguration(lang: Lang): HelpConfiguration {
  return {
    styleTitle: (title: string) => TITLES[lang][title] ?? title,
    commandUsage(cmd: Command): string {
      const usage = Help.prototype.commandUsage.call(this, cmd);
      return lang === 'nl' ? usage.replace('[options]', '[opties]').replace('[command]', '[opdracht]') : usage;
    },
    subcommandTerm(cmd: Command): string {
      const term = Help.prototype.subcommandTerm.call(this, cmd);
      return lang === 'nl' ? term.replace('[options]', '[opties]').replace('[command]', '[opdracht]') : term;
    },
    // Boolean flags carry no default worth showing; options with a value show theirs.
    optionDescription: (option) => describe(option, option.required || option.optional, lang),
    argumentDescription: (argument) => describe(argument, true, lang),
  };
}

/** Commander's error messages, matched on its English text (commander 14) and given in `lang`. */
const ERRORS: { pattern: RegExp; nl: string; en: string }[] = [
  { pattern: /^error: unknown option '(.+?)'/u, nl: "onbekende optie '$1'", en: "unknown option '$1'" },
  { pattern: /^error: unknown command '(.+?)'/u, nl: "onbekende opdracht '$1'", en: "unknown command '$1'" },
  { pattern: /^error: missing required argument '(.+?)'/u, nl: "het argument '$1' ontbreekt", en: "missing argument '$1'" },
  { pattern: /^error: option '(.+?)' argument missing/u, nl: "de optie '$1' mist een waarde", en: "option '$1' needs a value" },
  {
    pattern: /^error: option '(.+?)' argument '(.*?)' is invalid\. Allowed choices are (.+?)\.$/mu,
    nl: "de optie '$1' kent de waarde '$2' niet; kies uit $3", en: "option '$1' does not know the value '$2'; choose from $3",
  },
  { pattern: /^error: option '(.+?)' argument '(.*?)' is invalid\. ?(.*)$/mu, nl: "de optie '$1' kent de waarde '$2' niet. $3", en: "option '$1' does not know the value '$2'. $3" },
  {
    pattern: /^error: too many arguments(?: for '(.+?)')?\. Expected (\d+) arguments? but got (\d+)\./u,
    nl: "te veel argumenten voor '$1': verwacht $2, gekregen $3", en: "too many arguments for '$1': expected $2, got $3",
  },
];

const SUGGESTION: { pattern: RegExp; nl: string; en: string }[] = [
  { pattern: /\(Did you mean one of (.+?)\?\)/u, nl: '(Bedoelde u een van $1?)', en: '(Did you mean one of $1?)' },
  { pattern: /\(Did you mean (.+?)\?\)/u, nl: '(Bedoelde u $1?)', en: '(Did you mean $1?)' },
];

const PREFIX: Record<Lang, string> = { nl: 'jbmonitor: gebruik: ', en: 'jbmonitor: usage: ' };

/** One commander error message in `lang`, with the prefix of jbmonitor's other usage errors. */
export function translateError(message: string, lang: Lang): string {
  const [first = '', ...rest] = message.replace(/\n$/u, '').split('\n');
  const known = ERRORS.find((e) => e.pattern.test(first));
  const head = known ? first.replace(known.pattern, known[lang]) : first.replace(/^error: /u, '');
  const tail = rest.map((line) => {
    const s = SUGGESTION.find((x) => x.pattern.test(line));
    return s ? line.replace(s.pattern, s[lang]) : line;
  });
  return `${[`${PREFIX[lang]}${head}`, ...tail].join('\n')}\n`;
}

/** Where commander writes, and its errors in `lang`. */
export function outputConfiguration(write: { out: (s: string) => void; err: (s: string) => void }, lang: Lang): OutputConfiguration {
  return {
    writeOut: write.out,
    writeErr: write.err,
    outputError: (message, writeErr) => writeErr(translateError(message, lang)),
  };
}
