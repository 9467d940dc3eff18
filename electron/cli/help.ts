// The help screens, drawn from the command line's words (each language's
// cli.ts), and the commands they describe.
import { WORDS } from '../../shared/i18n/languages';
import type { Words } from '../../shared/i18n/words';

export type CliWords = Words['cli'];
export type CommandName = keyof CliWords['commands'];

/**
 * Every command, in the order help lists them: those the words describe
 * (the shape every language's cli.ts follows). Each needs its options and
 * its case in main.ts, or the command line does not compile.
 */
export const COMMANDS = Object.keys(WORDS.en.cli.commands) as readonly CommandName[];

export function generalHelp(text: CliWords): string {
  const width = Math.max(...COMMANDS.map((c) => c.length));
  return [
    text.intro,
    '',
    text.usageLine,
    '',
    text.commandsHeading,
    ...COMMANDS.map((c) => `  ${c.padEnd(width)}  ${text.commands[c].summary}`),
    '',
    text.optionsHeading,
    text.globalOptions,
    '',
    text.exitCodes,
    text.moreHelp,
    '',
  ].join('\n');
}

export function commandHelp(text: CliWords, command: CommandName): string {
  const help = text.commands[command];
  return [`${help.usage}`, '', help.summary, ...(help.details ? ['', help.details] : []), '', text.optionsHeading, text.globalOptions, ''].join('\n');
}
