// One door for every Host call, whichever transport brought it: the method
// must be in the protocol table and carried by that transport, its
// arguments must pass the table's checks, and then the method runs. Browser
// mode's server (electron/server) and the desktop app's IPC
// (electron/shell/ipcHandlers.ts) both call this.
import { BadArgument } from '../../shared/host/argumentChecks';
import { checkArguments, isProtocolMethod, PROTOCOL, type ArgsOf, type HostReply, type ProtocolMethod, type Transport } from '../../shared/host/protocol';
import { ApiError } from './apiError';
import type { AppContext } from './context';
import { APP_METHODS, type ShellMethod } from './methods';

/** The desktop shell's own methods for one call (native dialogs need the window that asked). */
export type ShellMethods = { [M in ShellMethod]: (args: ArgsOf<M>) => Promise<HostReply<M>> };

export async function dispatch(ctx: AppContext, name: string, raw: unknown, transport: Transport, shell?: ShellMethods): Promise<unknown> {
  if (!isProtocolMethod(name) || !(PROTOCOL[name].transports as readonly Transport[]).includes(transport)) {
    throw new ApiError(404, 'unknown-method', `There is no Host method "${name}" here.`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new ApiError(400, 'bad-request', 'A call carries its arguments as an object of named fields.');
  let args: ArgsOf<ProtocolMethod>;
  try {
    args = checkArguments(name, raw as Record<string, unknown>);
  } catch (error) {
    if (error instanceof BadArgument) throw new ApiError(400, 'bad-request', error.message);
    throw error;
  }
  if (name === 'showOpenDialog' || name === 'showSaveDialog') {
    if (!shell) throw new ApiError(404, 'unknown-method', `There is no Host method "${name}" here.`);
    return (shell[name] as (a: unknown) => Promise<unknown>)(args);
  }
  return (APP_METHODS[name] as (c: AppContext, a: unknown) => Promise<unknown>)(ctx, args);
}
