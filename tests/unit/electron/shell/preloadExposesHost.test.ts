// The bundled preload, run as Electron runs it (sandboxed: it may require only
// 'electron'), exposes exactly the Host interface as named functions, each a
// call on the contract's channel, and nothing else.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { methodsOver } from '../../../../shared/host/protocol';
import { invokeChannel, SHELL_CHANNELS } from '../../../../electron/shell/ipcContract';

const root = join(import.meta.dirname, '../../../..');

type DropListener = (event: { isTrusted: boolean; dataTransfer: { files: { path?: string }[] } | null }) => void;

function loadPreload() {
  const exposed: Record<string, Record<string, unknown>> = {};
  const invoked: [string, unknown][] = [];
  const sent: [string, unknown][] = [];
  const drops: DropListener[] = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, value: Record<string, unknown>) => (exposed[key] = value) },
    ipcRenderer: {
      invoke: async (channel: string, args: unknown) => {
        invoked.push([channel, args]);
        return null;
      },
      send: (channel: string, args: unknown) => sent.push([channel, args]),
      on: () => undefined,
    },
    // The dropped file's path, as Electron reads it from a File object.
    webUtils: { getPathForFile: (file: { path?: string }) => file.path ?? '' },
  };
  const module = { exports: {} };
  const requireInSandbox = (name: string) => {
    if (name === 'electron') return electron;
    throw new Error(`a sandboxed preload cannot require ${name}`);
  };
  const page = {
    require: requireInSandbox,
    module,
    exports: module.exports,
    navigator: { languages: ['id-ID'] },
    addEventListener: (type: string, listener: DropListener) => type === 'drop' && drops.push(listener),
  };
  vm.runInNewContext(readFileSync(join(root, 'dist/shell/preload.cjs'), 'utf8'), page);
  return { exposed, invoked, sent, drop: (event: Parameters<DropListener>[0]) => drops.forEach((listener) => listener(event)) };
}

describe('the preload', () => {
  it('exposes one object, window.jejakHost, with exactly the Host interface: the table\'s IPC methods and the desktop\'s own', () => {
    const { exposed } = loadPreload();
    expect(Object.keys(exposed)).toEqual(['jejakHost']);
    const desktopOnly = ['kind', 'dialogs', 'systemLanguage', 'documentChanged', 'openDroppedFile', 'onMenuAction', 'presentation', 'onSaveBeforeClose', 'actionStates'];
    expect(Object.keys(exposed.jejakHost!).sort()).toEqual([...methodsOver('ipc'), ...desktopOnly].sort());
    // The desktop app has native dialogs: browser mode's folder listing is not carried over IPC.
    expect(exposed.jejakHost!.listFolder).toBeUndefined();
    expect(exposed.jejakHost!.kind).toBe('desktop');
    expect(exposed.jejakHost!.dialogs).toBe('native');
    expect((exposed.jejakHost!.systemLanguage as () => string)()).toBe('id');
  });

  it('calls each method on its channel of the contract, with named arguments and maps as bytes', async () => {
    const { exposed, invoked } = loadPreload();
    const host = exposed.jejakHost as Record<string, (...args: unknown[]) => Promise<unknown>>;
    const bytes = new Uint8Array([123, 125]);
    await host.openFile!('h1');
    await host.save!('h1', bytes);
    await host.saveAs!('f1', 'map.cjm', bytes, false);
    await host.showSaveDialog!('map.cjm');
    await host.showSaveDialog!('map.pdf', 'pdf');
    await host.cancelExport!('job-1');
    await host.saveVersion!('h1', 'before Q1 review', bytes);
    await host.listVersions!('h1', 'map-id');
    await host.readMap!('h2');
    expect(invoked).toEqual([
      [invokeChannel('openFile'), { handle: 'h1' }],
      [invokeChannel('save'), { handle: 'h1', bytes }],
      [invokeChannel('saveAs'), { folder: 'f1', name: 'map.cjm', bytes, replace: false }],
      [invokeChannel('showSaveDialog'), { suggestedName: 'map.cjm', extension: undefined }],
      [invokeChannel('showSaveDialog'), { suggestedName: 'map.pdf', extension: 'pdf' }],
      [invokeChannel('cancelExport'), { job: 'job-1' }],
      [invokeChannel('saveVersion'), { handle: 'h1', label: 'before Q1 review', bytes }],
      [invokeChannel('listVersions'), { handle: 'h1', mapId: 'map-id' }],
      [invokeChannel('readMap'), { handle: 'h2' }],
    ]);
    expect(invoked[1]![1]).toMatchObject({ bytes: expect.any(Uint8Array) });
  });

  it('tells the main process the paths of a real drop, and opens a dropped map by the path its File gives', async () => {
    const { exposed, invoked, sent, drop } = loadPreload();
    drop({ isTrusted: true, dataTransfer: { files: [{ path: '/maps/dropped.cjm' }, { path: '' }] } });
    // A drop made up by the page's own script grants nothing.
    drop({ isTrusted: false, dataTransfer: { files: [{ path: '/etc/passwd.cjm' }] } });
    expect(sent).toEqual([[SHELL_CHANNELS.dropped, ['/maps/dropped.cjm']]]);
    await (exposed.jejakHost!.openDroppedFile as (file: unknown) => Promise<unknown>)({ path: '/maps/dropped.cjm' });
    expect(invoked).toEqual([[SHELL_CHANNELS.openDropped, { path: '/maps/dropped.cjm' }]]);
  });
});
