// The Host's protocol, in one table: for every method that crosses to the
// other process, its parameters by name (the wire carries named arguments),
// the check each argument passes, which transports reach it, and the largest
// request it can use. Browser mode's HTTP routes, the desktop app's IPC
// channels, the preload's list and the remote host are all generated from
// this table (docs/architecture.md, "The Host and its protocol table"); the
// methods themselves live in electron/app and are typed by it.
import { LIMITS } from '../format/schema';
import { IMPORT_LIMITS } from '../import/limits';
import { exportChoices } from '../export/exportChoices';
import { EXPORT_FORMATS, FORMAT_EXTENSIONS } from '../export/options';
import { BadArgument, bytes, either, flag, handle, nullable, oneOf, optional, shape, text, type Check } from './argumentChecks';
import { hostSettings } from './settingsCheck';
import type { Host } from './host';

/** HTTP: browser mode's server. IPC: the desktop app's main process. */
export type Transport = 'http' | 'ipc';

/** The Host methods that are calls to the other process. */
export type HostMethod = Exclude<keyof Host, 'kind' | 'dialogs' | 'systemLanguage' | DesktopOnly>;
/** Desktop-only doors the preload builds by hand over the shell's own messages (electron/shell/ipcContract.ts). */
type DesktopOnly = 'documentChanged' | 'openDroppedFile' | 'presentation' | 'onMenuAction' | 'onSaveBeforeClose' | 'actionStates';

type HostFunction<M extends HostMethod> = NonNullable<Host[M]> extends (...args: infer A) => infer R ? (...args: A) => R : never;
export type HostParams<M extends HostMethod> = Parameters<HostFunction<M>>;
export type HostReply<M extends HostMethod> = Awaited<ReturnType<HostFunction<M>>>;

/** The positional parameters of a Host method as the named object the wire carries. */
export type NamedArgs<N extends readonly string[], P extends readonly unknown[]> = {
  [I in keyof N as I extends `${number}` ? N[I] & string : never]: I extends keyof P ? P[I] : never;
};
export type ArgsOf<M extends HostMethod> = NamedArgs<(typeof PROTOCOL)[M]['params'], HostParams<M>>;

export interface MethodSpec<M extends HostMethod, N extends readonly string[]> {
  /** The Host method's parameters, named in order. */
  params: N;
  checks: { [K in keyof NamedArgs<N, HostParams<M>>]: Check<NamedArgs<N, HostParams<M>>[K]> };
  transports: readonly Transport[];
  /** The largest request body, on the wire, this method can use: a larger one is refused as it arrives. */
  maxRequestBytes: number;
}

/** Every parameter must be named: a Host method gaining one is a compile error here until it is. */
type AllNamed<N extends readonly string[], P extends readonly unknown[]> = Required<P>['length'] extends N['length'] ? unknown : { error: 'name every parameter of the Host method' };

function method<M extends HostMethod>() {
  return <const N extends readonly string[]>(spec: MethodSpec<M, N> & AllNamed<N, HostParams<M>>): MethodSpec<M, N> => spec;
}

const BOTH: readonly Transport[] = ['http', 'ipc'];
/** Native dialogs exist only in the desktop app; browser mode draws its own from listFolder. */
const DESKTOP: readonly Transport[] = ['ipc'];
const BROWSER: readonly Transport[] = ['http'];

/** Bytes travel as base64 over HTTP (a third more), so a request carrying N bytes is a little over 4N/3. */
const wire = (payloadBytes: number) => Math.ceil((payloadBytes * 4) / 3) + 64 * 1024;
/** Calls that carry no file: a handle, a name, a few flags. */
const SMALL = 64 * 1024;
/** A map's text in JSON can grow by escaping: every character escaped is six. */
const JOURNAL = 6 * LIMITS.maxFileBytes + SMALL;

const map = bytes(LIMITS.maxFileBytes);
const job = text;
const recoveryKey: Check<string> = (value, name) => {
  const key = text(value, name);
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(key)) throw new BadArgument(`"${name}" must be 1–64 letters, digits, "-" or "_".`);
  return key;
};

export const PROTOCOL = {
  startupFile: method<'startupFile'>()({ params: [], checks: {}, transports: BOTH, maxRequestBytes: SMALL }),
  openFile: method<'openFile'>()({ params: ['handle'], checks: { handle }, transports: BOTH, maxRequestBytes: SMALL }),
  openSample: method<'openSample'>()({ params: ['id'], checks: { id: text }, transports: BOTH, maxRequestBytes: SMALL }),
  listSamples: method<'listSamples'>()({ params: [], checks: {}, transports: BOTH, maxRequestBytes: SMALL }),
  recentFiles: method<'recentFiles'>()({ params: [], checks: {}, transports: BOTH, maxRequestBytes: SMALL }),
  save: method<'save'>()({ params: ['handle', 'bytes'], checks: { handle, bytes: map }, transports: BOTH, maxRequestBytes: wire(LIMITS.maxFileBytes) }),
  saveAs: method<'saveAs'>()({
    params: ['folder', 'name', 'bytes', 'replace'],
    checks: { folder: handle, name: text, bytes: map, replace: flag },
    transports: BOTH,
    maxRequestBytes: wire(LIMITS.maxFileBytes),
  }),
  showOpenDialog: method<'showOpenDialog'>()({ params: ['what'], checks: { what: optional(oneOf(['maps', 'sheets', 'images'])) }, transports: DESKTOP, maxRequestBytes: SMALL }),
  showSaveDialog: method<'showSaveDialog'>()({
    params: ['suggestedName', 'extension'],
    checks: { suggestedName: text, extension: optional(oneOf(['cjm', ...EXPORT_FORMATS.map((format) => FORMAT_EXTENSIONS[format])])) },
    transports: DESKTOP,
    maxRequestBytes: SMALL,
  }),
  listFolder: method<'listFolder'>()({ params: ['folder', 'show'], checks: { folder: nullable(handle), show: oneOf(['maps', 'images', 'sheets']) }, transports: BROWSER, maxRequestBytes: SMALL }),
  readImage: method<'readImage'>()({ params: ['handle'], checks: { handle }, transports: BOTH, maxRequestBytes: SMALL }),
  fileStatus: method<'fileStatus'>()({ params: ['handle'], checks: { handle }, transports: BOTH, maxRequestBytes: SMALL }),
  editAnyway: method<'editAnyway'>()({ params: ['handle'], checks: { handle }, transports: BOTH, maxRequestBytes: SMALL }),
  closeFile: method<'closeFile'>()({ params: ['handle'], checks: { handle }, transports: BOTH, maxRequestBytes: SMALL }),
  listBackups: method<'listBackups'>()({ params: ['handle'], checks: { handle }, transports: BOTH, maxRequestBytes: SMALL }),
  restoreBackup: method<'restoreBackup'>()({ params: ['handle', 'id'], checks: { handle, id: text }, transports: BOTH, maxRequestBytes: SMALL }),
  journal: method<'journal'>()({
    params: ['key', 'entry'],
    checks: { key: recoveryKey, entry: nullable(shape({ handle: nullable(handle), title: text, text })) },
    transports: BOTH,
    maxRequestBytes: JOURNAL,
  }),
  pendingRecoveries: method<'pendingRecoveries'>()({ params: [], checks: {}, transports: BOTH, maxRequestBytes: SMALL }),
  restoreRecovery: method<'restoreRecovery'>()({ params: ['key'], checks: { key: recoveryKey }, transports: BOTH, maxRequestBytes: SMALL }),
  startExport: method<'startExport'>()({
    params: ['request'],
    checks: { request: shape({ bytes: map, choices: exportChoices, folder: handle, name: text, replace: flag }) },
    transports: BOTH,
    maxRequestBytes: wire(LIMITS.maxFileBytes),
  }),
  prepareExport: method<'prepareExport'>()({ params: ['format'], checks: { format: oneOf(EXPORT_FORMATS) }, transports: BOTH, maxRequestBytes: SMALL }),
  exportStatus: method<'exportStatus'>()({ params: ['job'], checks: { job }, transports: BOTH, maxRequestBytes: SMALL }),
  cancelExport: method<'cancelExport'>()({ params: ['job'], checks: { job }, transports: BOTH, maxRequestBytes: SMALL }),
  showExported: method<'showExported'>()({ params: ['job'], checks: { job }, transports: BOTH, maxRequestBytes: SMALL }),
  readImport: method<'readImport'>()({
    params: ['source'],
    checks: {
      source: either(shape({ handle }), shape({ name: text, bytes: bytes(IMPORT_LIMITS.maxFileBytes) }), 'must name a file by its handle, or carry its name and bytes.'),
    },
    transports: BOTH,
    maxRequestBytes: wire(IMPORT_LIMITS.maxFileBytes),
  }),
  mapInPicture: method<'mapInPicture'>()({ params: ['bytes'], checks: { bytes: bytes(4 * LIMITS.maxFileBytes) }, transports: BOTH, maxRequestBytes: wire(4 * LIMITS.maxFileBytes) }),
  saveVersion: method<'saveVersion'>()({ params: ['handle', 'label', 'bytes'], checks: { handle, label: text, bytes: map }, transports: BOTH, maxRequestBytes: wire(LIMITS.maxFileBytes) }),
  listVersions: method<'listVersions'>()({ params: ['handle', 'mapId'], checks: { handle, mapId: text }, transports: BOTH, maxRequestBytes: SMALL }),
  readMap: method<'readMap'>()({ params: ['handle'], checks: { handle }, transports: BOTH, maxRequestBytes: SMALL }),
  settings: method<'settings'>()({ params: [], checks: {}, transports: BOTH, maxRequestBytes: SMALL }),
  saveSettings: method<'saveSettings'>()({ params: ['settings'], checks: { settings: hostSettings }, transports: BOTH, maxRequestBytes: SMALL }),
} satisfies { [M in HostMethod]: MethodSpec<M, readonly string[]> };

export type ProtocolMethod = keyof typeof PROTOCOL;

export const PROTOCOL_METHODS = Object.keys(PROTOCOL) as ProtocolMethod[];

export function isProtocolMethod(name: string): name is ProtocolMethod {
  return Object.hasOwn(PROTOCOL, name);
}

/** The methods a transport carries. */
export function methodsOver(transport: Transport): ProtocolMethod[] {
  return PROTOCOL_METHODS.filter((m) => (PROTOCOL[m].transports as readonly Transport[]).includes(transport));
}

/** Checks a call's raw named arguments against the table; throws BadArgument for the first that is wrong. */
export function checkArguments<M extends ProtocolMethod>(name: M, raw: Record<string, unknown>): ArgsOf<M> {
  const spec = PROTOCOL[name] as unknown as { params: readonly string[]; checks: Record<string, Check<unknown>> };
  const out: Record<string, unknown> = {};
  for (const param of spec.params) out[param] = spec.checks[param]!(raw[param], param);
  return out as ArgsOf<M>;
}
