// Every sentence the command line prints (problem and file messages are
// their own areas), in English: the shape every language's cli.ts follows.
import type { MapCounts } from '../../analysis/summary';
import type { PictureKind } from '../../pictures/imageHeader';
import { MAX_PICTURE_SIDE, type StoredPictureRefusal } from '../../pictures/storedPicture';
import { JOURNEYS } from '../../templates/journeys';
import { JOURNEY_IDS } from '../../templates/types';
import { language } from './language';

export interface CommandHelp {
  summary: string;
  usage: string;
  details: string;
}

export interface ValidateCounts {
  files: number;
  valid: number;
  repairable: number;
  fatal: number;
}

export interface CliWords {
  intro: string;
  usageLine: string;
  commandsHeading: string;
  optionsHeading: string;
  globalOptions: string;
  exitCodes: string;
  moreHelp: string;
  /** Each command's help; the command line runs exactly these (electron/cli/help.ts). */
  commands: Record<'validate' | 'repair' | 'fmt' | 'new' | 'info' | 'export' | 'import' | 'serve' | 'help', CommandHelp>;

  noCommand: string;
  unknownCommand(name: string): string;
  unknownOption(detail: string): string;
  missingFile(command: string): string;
  badValue(option: string, value: string, allowed: readonly string[]): string;
  conflictingOptions(a: string, b: string): string;
  badTitle: string;

  valid(file: string): string;
  problemsRepairable(file: string, count: number): string;
  problemsFatal(file: string, count: number): string;
  repairHint(file: string): string;
  fatalHint: string;
  validateSummary(c: ValidateCounts): string;
  /** A stored picture the board and exports show as a grey card: said as a warning, the map stays valid. */
  pictureNotShown(path: string, name: string | undefined, refusal: StoredPictureRefusal): string;

  repaired(file: string, out: string, count: number): string;
  nothingToRepair(file: string): string;
  keptOriginal(backup: string): string;
  /** repair --out names the map being repaired (another name for it, or a link to it). */
  repairOutIsInput(file: string, out: string): string;
  outIsInput: string;

  formatted(file: string): string;
  alreadyCanonical(file: string): string;
  notCanonical(file: string): string;
  fmtRefusedRepairable(file: string): string;
  fmtRefusedFatal(file: string): string;

  created(file: string, typeName: string): string;
  createdFromJourney(file: string, typeName: string, journeyName: string): string;

  badPort(value: string): string;
  serveNotBuilt(rendererDir: string): string;
  servePortInUse(port: number): string;
  serveFailed(detail: string): string;
  /** Said on stderr once the server runs; stdout carries only the address. */
  serveRunning: string;

  exportRepairedInMemory(file: string, count: number): string;
  exported(file: string, out: string): string;
  posterScaled(percent: number): string;
  exporting(percent: number): string;
  badScale(value: string): string;
  badPageCount(option: string, value: string, range: { min: number; max: number }): string;
  pageCountNeedsTiles(option: string): string;

  imported(sheet: string, map: string, c: { updated: number; added: number; deleted: number; problems: number }): string;
  importNothing(sheet: string): string;
  importProblemsHeading(count: number): string;
  conflictingImportTargets: string;

  info: {
    title: string;
    type: string;
    locale: string;
    counts(c: MapCounts): string;
    reviewBy: string;
    noReview: string;
    overdue: string;
    notYetDue: string;
    emotionHeading(lane: string): string;
    noEmotionLanes: string;
    noScore: string;
  };
}


const kindName = (kind: PictureKind) => (kind === 'unknown' ? 'of no kind Jejak knows' : kind.toUpperCase());
const plural = (n: number, one: string, many: string) => `${n.toLocaleString(language.locale)} ${n === 1 ? one : many}`;

export const cli: CliWords = {
  intro: 'jejak: read, check, repair and create customer journey maps (.cjm files).',
  usageLine: 'Usage: jejak <command> [options] [files]',
  commandsHeading: 'Commands:',
  optionsHeading: 'Options for every command:',
  globalOptions: [
    '  --lang en|id   language of messages (default: from LC_ALL, LC_MESSAGES or LANG)',
    '  --json         machine-readable output on stdout',
    '  -h, --help     help for a command',
    '  -v, --version  the version of jejak',
  ].join('\n'),
  exitCodes: 'Exit codes: 0 fine, 1 repairable problems found, 2 fatal problems or refused, 64 wrong usage.',
  moreHelp: 'Run "jejak help COMMAND" for the options of one command.',
  commands: {
    validate: {
      summary: 'check maps against the .cjm format and list every problem',
      usage: 'jejak validate FILE...',
      details:
        'Prints every problem, its path in the file first, one per line, then a summary.\nNothing is written. Exit code 0 when every map is valid, 1 when some can be repaired, 2 when one cannot be opened.',
    },
    repair: {
      summary: 'write a repaired copy of a map and list each repair',
      usage: 'jejak repair FILE (--out OUT | --in-place) [--force]',
      details: [
        '  --out OUT     write the repaired map to OUT (refused if OUT exists, unless --force)',
        '  --in-place    replace FILE with the repaired map, keeping the original as FILE.bak',
        'Repairs keep every piece of content (see the .cjm format). A map with fatal problems is not written.',
      ].join('\n'),
    },
    fmt: {
      summary: 'rewrite maps in canonical form, safely',
      usage: 'jejak fmt [--check] FILE...',
      details: [
        '  --check       only report whether each file is in canonical form (exit 1 if one is not)',
        'The map is written to a temporary file beside it, flushed, checked and renamed over it.',
        'A map with problems is refused and left untouched: repair it first with "jejak repair".',
      ].join('\n'),
    },
    new: {
      summary: 'create a map from a template',
      usage: 'jejak new (--type TYPE | --template JOURNEY) --locale en|id [--title TITLE] --out FILE [--force]',
      details: [
        '  --type TYPE         an empty map: current-state, future-state, day-in-the-life or service-blueprint',
        '  --template JOURNEY  a journey with its own stages and example notes (tagged "example", "contoh" in Indonesian):',
        ...JOURNEY_IDS.map((id) => `                        ${id.padEnd(18)} ${JOURNEYS[id].name.en}`),
        '  --locale            language of the map\'s content: en (English) or id (Indonesian)',
        '  --title TITLE       the map\'s title (default: the template\'s)',
        '  --out FILE          where to write it; an existing file is never replaced without --force',
      ].join('\n'),
    },
    info: {
      summary: 'show a map\'s title, counts, emotion curve and review date',
      usage: 'jejak info FILE',
      details: 'Shows title, type, language, counts of personas, stages, lanes, notes and votes,\nthe mean emotion per stage as a small text curve, and whether the review date has passed.',
    },
    export: {
      summary: 'export a map as a picture, PDF, spreadsheet or report',
      usage: 'jejak export FILE --format svg|png|pdf|csv|xlsx|html|md --out OUT [options]',
      details: [
        '  --format F              svg, png, pdf, csv, xlsx, html (a report) or md (a report with its picture)',
        '  --out OUT               the file to write (refused if it exists, unless --force)',
        '  --page P                PDF pages: poster (default), fit, or a4, a3, letter (tiled to build a wall)',
        '  --paper P               the paper for --page fit and --handout: a4 (default), a3 or letter',
        '  --orientation O         portrait or landscape for paper pages (default: landscape; portrait for a handout)',
        '  --pages-wide N          tiled pages: scale the map to span N sheets across (1 to 20; default: full size)',
        '  --pages-tall M          tiled pages: scale the map to span M sheets down; with --pages-wide, the tighter wins',
        '  --handout               PDF: a title page, then one page per stage with its notes',
        '  --scale N               PNG: 1 to 4 pixels per board pixel (default 2, or 1 for a very large map)',
        '  --background B          PNG: white (default) or transparent',
        '  --include-hidden        include face-down notes and hidden lanes (left out by default)',
        '  --no-authors            leave out who wrote each note, for a map shared outside the room',
        '  --force                 replace OUT if it exists',
        'The words the export adds (legend, headings) follow --lang, else the map\'s own language.',
      ].join('\n'),
    },
    import: {
      summary: 'bring notes in from a CSV or XLSX sheet, or a typed list',
      usage: 'jejak import SHEET (--into MAP | --new OUT) [--delete-missing] [--force]',
      details: [
        '  SHEET             a .csv or .xlsx sheet in the export\'s columns, or a .txt/.md list',
        '                    (one note per line; lines under a stage\'s name go to that stage)',
        '  --into MAP        update MAP: rows with a known id change that note, rows without one add notes',
        '  --new OUT         write a new map OUT from the sheet (refused if it exists, unless --force)',
        '  --delete-missing  with --into: also delete the notes the sheet does not list',
        'Rows that cannot be read are listed by row number with the reason; the others are imported.',
        'Exit code 1 when some rows were left out.',
      ].join('\n'),
    },
    serve: {
      summary: 'open the board in a web browser on this computer (browser mode)',
      usage: 'jejak serve [FILE] [--port N] [--open]',
      details: [
        '  FILE          a map to open when the board starts',
        '  --port N      the port to listen on (default: any free port)',
        '  --open        open the address in the system\'s browser',
        'Listens on 127.0.0.1 only and prints one line: the board\'s address with its access token.',
        'Whoever has that address can open and save your maps, so keep it to yourself.',
        'Runs until Ctrl+C.',
      ].join('\n'),
    },
    help: {
      summary: 'show help for jejak or for one command',
      usage: 'jejak help [COMMAND]',
      details: '',
    },
  },

  noCommand: 'no command given.',
  unknownCommand: (name) => `"${name}" is not a jejak command.`,
  unknownOption: (detail) => `wrong usage: ${detail}`,
  missingFile: (command) => `"jejak ${command}" needs a file: see "jejak help ${command}".`,
  badValue: (option, value, allowed) => `${option} cannot be "${value}"; use one of: ${allowed.join(', ')}.`,
  badTitle: '--title must be 1 to 200 characters long, not counting spaces at either end.',
  conflictingOptions: (a, b) => `use either ${a} or ${b}, not both (one of them is needed).`,

  valid: (file) => `${file}: valid`,
  problemsRepairable: (file, n) => `${file}: ${plural(n, 'problem', 'problems')}, all repairable`,
  problemsFatal: (file, n) => `${file}: cannot be opened, ${plural(n, 'problem', 'problems')}`,
  repairHint: (file) => `to repair: jejak repair ${file} --out REPAIRED.cjm`,
  fatalHint: 'Fix these in a text editor or restore a backup; Jejak leaves such a file untouched.',
  validateSummary: (c) =>
    `${plural(c.files, 'file', 'files')} checked: ${c.valid} valid, ${c.repairable} repairable, ${c.fatal} cannot be opened`,
  pictureNotShown: (path, name, refusal) => {
    const which = `${path}${name ? ` ("${name}")` : ''}`;
    const instead = 'the board and every export show a grey card in its place';
    if (refusal.reason === 'too-large') {
      const px = (n: number) => n.toLocaleString(language.locale);
      return `${which}: the picture is ${px(refusal.width)} × ${px(refusal.height)} px, more than Jejak shows (at most 100 megapixels and ${px(MAX_PICTURE_SIDE)} px on a side); ${instead}. Replace it with a smaller picture.`;
    }
    if (refusal.reason === 'unsupported') return `${which}: the picture is ${kindName(refusal.kind)}, not PNG, JPEG or WebP; ${instead}. Replace it with a PNG or JPEG.`;
    return `${which}: the picture's header cannot be read (the file may be damaged); ${instead}. Replace it with another picture.`;
  },

  repaired: (file, out, n) => `${file}: ${plural(n, 'repair', 'repairs')} made, written to ${out}`,
  nothingToRepair: (file) => `${file}: nothing to repair, the map is valid`,
  keptOriginal: (backup) => `the original is kept as ${backup}`,
  repairOutIsInput: (file, out) => `${out} is ${file} itself (another name for it, or a link to it), so it was not overwritten; to repair the map in place and keep its original as ${file}.bak, use --in-place`,
  outIsInput: '--out names the map itself; use --in-place to replace it (the original is kept as .bak).',

  formatted: (file) => `${file}: rewritten in canonical form`,
  alreadyCanonical: (file) => `${file}: already canonical`,
  notCanonical: (file) => `${file}: not in canonical form (run "jejak fmt ${file}")`,
  fmtRefusedRepairable: (file) => `${file}: has problems that need repair first; left untouched (run "jejak repair ${file} --out REPAIRED.cjm")`,
  fmtRefusedFatal: (file) => `${file}: cannot be opened; left untouched`,

  created: (file, typeName) => `${file}: new ${typeName} map created`,
  createdFromJourney: (file, typeName, journeyName) => `${file}: new ${typeName} map created from the journey "${journeyName}", with example notes`,

  badPort: (value) => `--port must be a whole number from 0 to 65535, not "${value}".`,
  serveNotBuilt: (dir) => `the board is not built (there is no index.html in ${dir}); run "npm run build" in the Jejak folder, then try again.`,
  servePortInUse: (port) => `port ${port} is already in use; choose another with --port, or leave --port out to use any free port.`,
  serveFailed: (detail) => `the server could not start: ${detail}`,
  serveRunning: 'Open this address in a browser on this computer. Press Ctrl+C to stop.',

  exportRepairedInMemory: (file, n) =>
    `${file}: ${plural(n, 'problem was', 'problems were')} repaired for this export only; the file is untouched (run "jejak repair" to fix it)`,
  exported: (file, out) => `${file}: exported to ${out}`,
  posterScaled: (percent) => `The poster was shrunk to ${percent}% to fit within the largest page a PDF allows.`,
  exporting: (percent) => `exporting… ${percent}%`,
  badScale: (value) => `--scale must be a number from 1 to 4, not "${value}".`,
  badPageCount: (option, value, range) => `${option} must be a whole number of sheets from ${range.min} to ${range.max}, not "${value}".`,
  pageCountNeedsTiles: (option) => `${option} is for tiled pages: add --format pdf --page a4, a3 or letter.`,

  imported: (sheet, map, c) =>
    `${sheet} → ${map}: ${plural(c.updated, 'note', 'notes')} changed, ${c.added.toLocaleString(language.locale)} added, ${c.deleted.toLocaleString(language.locale)} deleted` +
    (c.problems > 0 ? `, ${plural(c.problems, 'row', 'rows')} left out` : ''),
  importNothing: (sheet) => `${sheet}: nothing to import, the map already says the same`,
  importProblemsHeading: (n) => `${plural(n, 'row', 'rows')} could not be read and ${n === 1 ? 'was' : 'were'} left out:`,
  conflictingImportTargets: 'use either --into MAP or --new OUT (one of them is needed).',

  info: {
    title: 'Title',
    type: 'Type',
    locale: 'Language',
    counts: (c) =>
      `${plural(c.personas, 'persona', 'personas')}, ${plural(c.stages, 'stage', 'stages')}, ${plural(c.lanes, 'lane', 'lanes')}, ${plural(c.notes, 'note', 'notes')}, ${plural(c.votes, 'vote', 'votes')}`,
    reviewBy: 'Review by',
    noReview: 'no review date set',
    overdue: 'overdue',
    notYetDue: 'not yet due',
    emotionHeading: (lane) => `Emotion per stage (${lane}), mean from -2 to +2:`,
    noEmotionLanes: 'No emotions lane.',
    noScore: 'no score',
  },
};
