// The help screens, drawn from the text catalogue.
import type { CliText, CommandName } from './text';
import { COMMANDS } from './text';

export function generalHelp(text: CliText): string {
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

export function commandHelp(text: CliText, command: CommandName): string {
  const help = text.commands[command];
  return [`${help.usage}`, '', help.summary, ...(help.details ? ['', help.details] : []), '', text.optionsHeading, text.globalOptions, ''].join('\n');
}
