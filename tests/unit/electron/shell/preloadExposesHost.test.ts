// The bundled preload, run as Electron runs it (sandboxed: it may require only
// 'electron'), exposes exactly the Host interface as named functions, each a
// call on the contract's channel, and nothing else.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { INVOKE_CHANNELS, OPEN_DROPPED_CHANNEL } from '../../../../electron/shell/ipcContract';

const root = join(import.meta.dirname, '../../../..');

function loadPreload() {
  const exposed: Record<string, Record<string, unknown>> = {};
  const invoked: [string, unknown][] = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, value: Record<string, unknown>) => (exposed[key] = value) },
    ipcRenderer: {
      invoke: async (channel: string, args: unknown) => {
        invoked.push([channel, args]);
        return null;
      },
      send: (channel: string, args: unknown) => invoked.push([channel, args]),
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
  vm.runInNewContext(readFileSync(join(root, 'dist/shell/preload.cjs'), 'utf8'), { require: requireInSandbox, module, exports: module.exports, navigator: { languages: ['id-ID'] } });
  return { exposed, invoked };
}

describe('the preload', () => {
  it('exposes one object, window.jejakHost, with exactly the Host interface', () => {
    const { exposed } = loadPreload();
    expect(Object.keys(exposed)).toEqual(['jejakHost']);
    expect(Object.keys(exposed.jejakHost!).sort()).toEqual(
      [
        'kind',
        'dialogs',
        'startupFile',
        'openFile',
        'openSample',
        'listSamples',
        'recentFiles',
        'save',
        'saveAs',
        'listFolder',
        'readImage',
        'fileStatus',
        'editAnyway',
        'closeFile',
        'listBackups',
        'restoreBackup',
        'journal',
        'pendingRecoveries',
        'restoreRecovery',
        'startExport',
        'exportStatus',
        'cancelExport',
        'showExported',
        'readImport',
        'mapInPicture',
        'saveVersion',
        'listVersions',
        'readMap',
        'settings',
        'saveSettings',
        'showOpenDialog',
        'showSaveDialog',
        'systemLanguage',
        'documentChanged',
        'openDroppedFile',
        'onMenuAction',
        'presentation',
      ].sort(),
    );
    expect(exposed.jejakHost!.kind).toBe('desktop');
    expect(exposed.jejakHost!.dialogs).toBe('native');
    expect((exposed.jejakHost!.systemLanguage as () => string)()).toBe('id');
  });

  it('calls each method on its channel of the contract, with named arguments', async () => {
    const { exposed, invoked } = loadPreload();
    const host = exposed.jejakHost as Record<string, (...args: unknown[]) => Promise<unknown>>;
    await host.openFile!('h1');
    await host.save!('h1', 'text');
    await host.saveAs!('f1', 'map.cjm', 'text', false);
    await host.showSaveDialog!('map.cjm');
    await host.showSaveDialog!('map.pdf', 'pdf');
    await host.cancelExport!('job-1');
    await host.openDroppedFile!({ path: '/maps/dropped.cjm' });
    await host.saveVersion!('h1', 'before Q1 review', 'text');
    await host.listVersions!('h1', 'map-id');
    await host.readMap!('h2');
    expect(invoked).toEqual([
      [INVOKE_CHANNELS.openFile, { handle: 'h1' }],
      [INVOKE_CHANNELS.save, { handle: 'h1', text: 'text' }],
      [INVOKE_CHANNELS.saveAs, { folder: 'f1', name: 'map.cjm', text: 'text', replace: false }],
      [INVOKE_CHANNELS.showSaveDialog, { suggestedName: 'map.cjm', extension: 'cjm' }],
      [INVOKE_CHANNELS.showSaveDialog, { suggestedName: 'map.pdf', extension: 'pdf' }],
      [INVOKE_CHANNELS.cancelExport, { job: 'job-1' }],
      [OPEN_DROPPED_CHANNEL, { path: '/maps/dropped.cjm' }],
      [INVOKE_CHANNELS.saveVersion, { handle: 'h1', label: 'before Q1 review', text: 'text' }],
      [INVOKE_CHANNELS.listVersions, { handle: 'h1', mapId: 'map-id' }],
      [INVOKE_CHANNELS.readMap, { handle: 'h2' }],
    ]);
  });
});
