// What every command gets: the language, where to print, and the clock.
import type { Language } from '../../shared/i18n/languages';
import type { CliWords } from './help';

export const EXIT = { ok: 0, repairable: 1, fatal: 2, usage: 64 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Record<string, string | undefined>;
  cwd: string;
  now(): Date;
  /** Progress is drawn only for a person watching, never into a log or a pipe. */
  stderrIsTerminal?: boolean;
}

export interface CliContext {
  language: Language;
  json: boolean;
  text: CliWords;
  io: CliIO;
  /** A result line for people (stdout). */
  say(line: string): void;
  /** A message about problems or refusals (stderr). */
  warn(line: string): void;
  /** The whole machine-readable result (stdout), with --json. */
  emit(value: unknown): void;
}

export function makeContext(io: CliIO, language: Language, json: boolean, text: CliWords): CliContext {
  return {
    language,
    json,
    text,
    io,
    say: (line) => io.stdout(`${line}\n`),
    warn: (line) => io.stderr(`${line}\n`),
    emit: (value) => io.stdout(`${JSON.stringify(value, null, 2)}\n`),
  };
}
