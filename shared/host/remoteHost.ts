// The Host's methods as calls by name with named arguments, for a host that
// lives in another process: browser mode calls its server over HTTP, the
// desktop app's preload calls the main process over IPC. Generated from the
// protocol table, so the page, the server and the main process speak one
// protocol.
import type { Host } from './host';
import { methodsOver, PROTOCOL, type ProtocolMethod, type Transport } from './protocol';

export type RemoteCall = (method: ProtocolMethod, args: Record<string, unknown>) => Promise<unknown>;

/** The methods both transports carry, and those of one transport as optional. */
type Carried<T extends Transport> = { [M in ProtocolMethod]: T extends (typeof PROTOCOL)[M]['transports'][number] ? M : never }[ProtocolMethod];
export type RemoteHost<T extends Transport> = Pick<Host, Carried<T>>;

export function remoteHostMethods<T extends Transport>(transport: T, call: RemoteCall): RemoteHost<T> {
  const methods: Record<string, (...values: unknown[]) => Promise<unknown>> = {};
  for (const name of methodsOver(transport)) {
    const params: readonly string[] = PROTOCOL[name].params;
    // A method the Host declares as returning nothing resolves to the wire's null, which no caller reads.
    methods[name] = (...values) => call(name, Object.fromEntries(params.map((param, i) => [param, values[i]])));
  }
  return methods as unknown as RemoteHost<T>;
}
