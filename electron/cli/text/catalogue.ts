// Every sentence the command line prints (problem and file messages come
// from shared/i18n), one catalogue per language with the same shape.
import type { MapCounts } from '../../../shared/analysis/summary';
import type { StoredPictureRefusal } from '../../../shared/pictures/storedPicture';

export const COMMANDS = ['validate', 'repair', 'fmt', 'new', 'info', 'export', 'import', 'serve', 'help'] as const;
export type CommandName = (typeof COMMANDS)[number];

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

export interface CliText {
  intro: string;
  usageLine: string;
  commandsHeading: string;
  optionsHeading: string;
  globalOptions: string;
  exitCodes: string;
  moreHelp: string;
  commands: Record<CommandName, CommandHelp>;

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
