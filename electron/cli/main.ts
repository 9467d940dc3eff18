// The `jejak` command line: parses arguments, picks the language, runs one
// command and returns its exit code. It never throws to the shell.
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isLanguage, languageOf, LANGUAGES, words, type Language } from '../../shared/i18n/languages';
import { MAP_TYPES, type MapType } from '../../shared/format/types';
import { textWithin } from '../../shared/format/rules';
import { makeContext, EXIT, type CliContext, type CliIO, type ExitCode } from './context';
import { commandHelp, COMMANDS, generalHelp, type CliWords, type CommandName } from './help';
import { CONTENT_LANGUAGES, isContentLanguage, isJourneyId, JOURNEY_IDS } from '../../shared/templates/types';
import { validate } from './commands/validate';
import { repair } from './commands/repair';
import { fmt } from './commands/fmt';
import { newMap } from './commands/new';
import { info } from './commands/info';
import { parsePort, serve } from './commands/serve';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { EXPORT_FORMATS, FIT_PAGES, PAPER_SIZES, PDF_PAGES, type ExportOptions, type PageFit } from '../../shared/export/options';

declare const __JEJAK_VERSION__: string | undefined;
const VERSION = typeof __JEJAK_VERSION__ === 'string' ? __JEJAK_VERSION__ : '0.0.0-dev';

type Options = NonNullable<ParseArgsConfig['options']>;

const GLOBAL_OPTIONS: Options = {
  lang: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
};

const COMMAND_OPTIONS: Record<CommandName, Options> = {
  validate: {},
  repair: { out: { type: 'string' }, 'in-place': { type: 'boolean' }, force: { type: 'boolean' } },
  fmt: { check: { type: 'boolean' } },
  new: {
    type: { type: 'string' },
    template: { type: 'string' },
    locale: { type: 'string' },
    title: { type: 'string' },
    out: { type: 'string' },
    force: { type: 'boolean' },
  },
  info: {},
  export: {
    format: { type: 'string' },
    out: { type: 'string' },
    page: { type: 'string' },
    paper: { type: 'string' },
    orientation: { type: 'string' },
    'pages-wide': { type: 'string' },
    'pages-tall': { type: 'string' },
    handout: { type: 'boolean' },
    scale: { type: 'string' },
    background: { type: 'string' },
    'include-hidden': { type: 'boolean' },
    'no-authors': { type: 'boolean' },
    force: { type: 'boolean' },
  },
  import: { into: { type: 'string' }, new: { type: 'string' }, 'delete-missing': { type: 'boolean' }, force: { type: 'boolean' } },
  serve: { port: { type: 'string' }, open: { type: 'boolean' } },
  help: {},
};

/** The language of messages: --lang, else the POSIX locale variables, in POSIX's order. */
function pickLanguage(flag: unknown, env: CliIO['env']): Language {
  if (isLanguage(flag)) return flag;
  return languageOf(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

class UsageError extends Error {}

function choice<T extends string>(values: Record<string, unknown>, key: string, allowed: readonly T[], fallback: T, text: CliWords): T {
  const value = values[key];
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) throw new UsageError(text.badValue(`--${key}`, String(value), allowed));
  return value as T;
}

/** --pages-wide and --pages-tall: a tiled PDF fitted to so many sheets, or null for full size. */
function pageFit(values: Record<string, string | boolean | undefined>, page: ExportOptions['page'], text: CliWords): PageFit | null {
  const count = (flag: 'pages-wide' | 'pages-tall'): number | null => {
    const value = values[flag];
    if (value === undefined) return null;
    const n = Number(value);
    if (typeof value !== 'string' || !/^\d+$/.test(value) || n < FIT_PAGES.min || n > FIT_PAGES.max) throw new UsageError(text.badPageCount(`--${flag}`, String(value), FIT_PAGES));
    if (values.format !== 'pdf' || values.handout === true || page === 'poster' || page === 'fit') throw new UsageError(text.pageCountNeedsTiles(`--${flag}`));
    return n;
  };
  const fit = { pagesWide: count('pages-wide'), pagesTall: count('pages-tall') };
  return fit.pagesWide === null && fit.pagesTall === null ? null : fit;
}

/** The export's choices from the flags; the words it adds follow --lang, else the map's language (chosen later). */
function exportOptions(values: Record<string, string | boolean | undefined>, text: CliWords, lang: Language | null, now: Date): ExportOptions & { languageFromMap: boolean; scaleFromMap: boolean } {
  if (values.format === undefined) throw new UsageError(text.badValue('--format', '', EXPORT_FORMATS));
  const scaleText = values.scale;
  const scale = scaleText === undefined ? 2 : Number(scaleText);
  if (typeof scaleText === 'string' && !(/^\d+(\.\d+)?$/.test(scaleText) && scale >= 1 && scale <= 4)) throw new UsageError(text.badScale(scaleText));
  const page = choice(values, 'page', PDF_PAGES, 'poster', text);
  return {
    format: choice(values, 'format', EXPORT_FORMATS, 'pdf', text),
    page,
    paper: choice(values, 'paper', PAPER_SIZES, 'a4', text),
    // A handout reads as a document, upright; a map is wider than it is tall.
    orientation: choice(values, 'orientation', ['portrait', 'landscape'] as const, values.handout === true ? 'portrait' : 'landscape', text),
    fitTo: pageFit(values, page, text),
    background: choice(values, 'background', ['white', 'transparent'] as const, 'white', text),
    scale,
    handout: values.handout === true,
    includeHidden: values['include-hidden'] === true,
    leaveAuthorsOut: values['no-authors'] === true,
    language: lang ?? 'en',
    languageFromMap: lang === null,
    scaleFromMap: scaleText === undefined,
    now,
  };
}

export async function runCli(argv: string[], io: CliIO): Promise<ExitCode> {
  // First pass, forgiving: find the command and the language to complain in.
  const loose = parseArgs({ args: argv, options: GLOBAL_OPTIONS, strict: false, allowPositionals: true });
  const language = pickLanguage(loose.values.lang, io.env);
  const text = words(language).cli;
  const usage = (message: string, command?: CommandName): ExitCode => {
    io.stderr(`jejak: ${message}\n\n${command ? commandHelp(text, command) : generalHelp(text)}`);
    return EXIT.usage;
  };

  if (loose.values.lang !== undefined && !isLanguage(loose.values.lang)) {
    return usage(text.badValue('--lang', String(loose.values.lang), LANGUAGES));
  }
  const name = loose.positionals[0];
  if (name === undefined) {
    if (loose.values.version) {
      io.stdout(`${VERSION}\n`);
      return EXIT.ok;
    }
    if (loose.values.help) {
      io.stdout(generalHelp(text));
      return EXIT.ok;
    }
    return usage(argv.length === 0 ? text.noCommand : text.unknownOption(argv.join(' ')));
  }
  if (!(COMMANDS as readonly string[]).includes(name)) return usage(text.unknownCommand(name));
  const command = name as CommandName;

  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { ...GLOBAL_OPTIONS, ...COMMAND_OPTIONS[command] }, strict: true, allowPositionals: true });
  } catch (error) {
    return usage(text.unknownOption(error instanceof Error ? error.message : String(error)), command);
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const args = parsed.positionals.slice(1);
  if (values.version) {
    io.stdout(`${VERSION}\n`);
    return EXIT.ok;
  }
  if (values.help) {
    io.stdout(commandHelp(text, command));
    return EXIT.ok;
  }
  const ctx = makeContext(io, language, values.json === true, text);
  try {
    return await runCommand(ctx, command, args, values, isLanguage(loose.values.lang) ? loose.values.lang : null);
  } catch (error) {
    if (error instanceof UsageError) return usage(error.message, command);
    throw error;
  }
}

async function runCommand(
  ctx: CliContext,
  command: CommandName,
  args: string[],
  values: Record<string, string | boolean | undefined>,
  langFlag: Language | null,
): Promise<ExitCode> {
  const { text } = ctx;
  const needFiles = (max = Infinity) => {
    if (args.length === 0) throw new UsageError(text.missingFile(command));
    if (args.length > max) throw new UsageError(text.unknownOption(args.slice(max).join(' ')));
  };
  switch (command) {
    case 'help': {
      const topic = args[0];
      if (topic === undefined) ctx.io.stdout(generalHelp(text));
      else if ((COMMANDS as readonly string[]).includes(topic)) ctx.io.stdout(commandHelp(text, topic as CommandName));
      else throw new UsageError(text.unknownCommand(topic));
      return EXIT.ok;
    }
    case 'validate':
      needFiles();
      return validate(ctx, args);
    case 'fmt':
      needFiles();
      return fmt(ctx, args, values.check === true);
    case 'info':
      needFiles(1);
      return info(ctx, args[0]!);
    case 'serve': {
      if (args.length > 1) throw new UsageError(text.unknownOption(args.slice(1).join(' ')));
      const portText = typeof values.port === 'string' ? values.port : '0';
      const port = parsePort(portText);
      if (port === null) throw new UsageError(text.badPort(portText));
      return serve(ctx, { file: args[0], port, open: values.open === true });
    }
    case 'export': {
      needFiles(1);
      const out = values.out;
      if (typeof out !== 'string' || out === '') throw new UsageError(text.missingFile(command));
      if (resolve(ctx.io.cwd, out) === resolve(ctx.io.cwd, args[0]!)) throw new UsageError(text.outIsInput);
      const options = exportOptions(values, text, langFlag, ctx.io.now());
      return exportCommand(ctx, args[0]!, out, options, values.force === true);
    }
    case 'import': {
      needFiles(1);
      const into = typeof values.into === 'string' ? values.into : undefined;
      const fresh = typeof values.new === 'string' ? values.new : undefined;
      if ((into === undefined) === (fresh === undefined)) throw new UsageError(text.conflictingImportTargets);
      return importCommand(ctx, args[0]!, {
        into,
        fresh,
        deleteMissing: values['delete-missing'] === true,
        force: values.force === true,
      });
    }
    case 'repair': {
      needFiles(1);
      const inPlace = values['in-place'] === true;
      const out = typeof values.out === 'string' ? values.out : undefined;
      if (inPlace === (out !== undefined)) throw new UsageError(text.conflictingOptions('--out', '--in-place'));
      if (out !== undefined && resolve(ctx.io.cwd, out) === resolve(ctx.io.cwd, args[0]!)) throw new UsageError(text.outIsInput);
      return repair(ctx, args[0]!, { out, inPlace, force: values.force === true });
    }
    case 'new': {
      if (args.length > 0) throw new UsageError(text.unknownOption(args.join(' ')));
      const { type, template, locale, out } = values;
      const title = typeof values.title === 'string' ? values.title : undefined;
      if ((type === undefined) === (template === undefined)) throw new UsageError(text.conflictingOptions('--type', '--template'));
      if (type !== undefined && (typeof type !== 'string' || !(MAP_TYPES as readonly string[]).includes(type))) {
        throw new UsageError(text.badValue('--type', String(type), MAP_TYPES));
      }
      if (template !== undefined && !isJourneyId(template)) throw new UsageError(text.badValue('--template', String(template), JOURNEY_IDS));
      if (!isContentLanguage(locale)) throw new UsageError(text.badValue('--locale', String(locale ?? ''), CONTENT_LANGUAGES));
      if (typeof out !== 'string' || out === '') throw new UsageError(text.missingFile(command));
      if (title !== undefined && !textWithin(title.trim(), 1, 200)) {
        throw new UsageError(text.badTitle);
      }
      const from = isJourneyId(template) ? { journey: template } : { type: type as MapType };
      return newMap(ctx, { from, locale, title, out, force: values.force === true });
    }
  }
}
