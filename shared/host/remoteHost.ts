// The Host's methods as calls by name with named arguments, for a host that
// lives in another process: browser mode calls its server over HTTP, the
// desktop app calls its main process over IPC. One table, so both speak the
// same protocol and the server's and main process's handlers serve both.
import type { FileHandle, Host, HostSettings } from './host';

/** The Host methods that cross to the other process. */
export const REMOTE_METHODS = [
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
] as const;

export type RemoteMethod = (typeof REMOTE_METHODS)[number];
export type RemoteCall = (method: RemoteMethod, args: Record<string, unknown>) => Promise<unknown>;
export type RemoteHost = Pick<Host, Exclude<RemoteMethod, 'showOpenDialog' | 'showSaveDialog'>> & Partial<Pick<Host, 'showOpenDialog' | 'showSaveDialog'>>;

export function remoteHostMethods(call: RemoteCall, nativeDialogs: boolean): RemoteHost {
  const c = call as <T>(method: RemoteMethod, args?: Record<string, unknown>) => Promise<T>;
  const methods: RemoteHost = {
    startupFile: () => c('startupFile', {}),
    openFile: (handle: FileHandle) => c('openFile', { handle }),
    openSample: (id: string) => c('openSample', { id }),
    listSamples: () => c('listSamples', {}),
    recentFiles: () => c('recentFiles', {}),
    save: (handle, text) => c('save', { handle, text }),
    saveAs: (folder, name, text, replace) => c('saveAs', { folder, name, text, replace }),
    listFolder: (folder, show) => c('listFolder', { folder, show }),
    readImage: (handle) => c('readImage', { handle }),
    fileStatus: (handle) => c('fileStatus', { handle }),
    editAnyway: (handle) => c('editAnyway', { handle }),
    listBackups: (handle) => c('listBackups', { handle }),
    restoreBackup: (handle, id) => c('restoreBackup', { handle, id }),
    closeFile: async (handle) => {
      await c<null>('closeFile', { handle });
    },
    journal: async (key, entry) => {
      await c<null>('journal', { key, entry });
    },
    pendingRecoveries: () => c('pendingRecoveries', {}),
    restoreRecovery: (key) => c('restoreRecovery', { key }),
    startExport: (request) => c('startExport', { request }),
    exportStatus: (job) => c('exportStatus', { job }),
    cancelExport: async (job) => {
      await c<null>('cancelExport', { job });
    },
    showExported: async (job) => {
      await c<null>('showExported', { job });
    },
    readImport: (source) => c('readImport', { source }),
    mapInPicture: (bytesBase64) => c('mapInPicture', { bytesBase64 }),
    saveVersion: (handle, label, text) => c('saveVersion', { handle, label, text }),
    listVersions: (handle, mapId) => c('listVersions', { handle, mapId }),
    readMap: (handle) => c('readMap', { handle }),
    settings: () => c<HostSettings>('settings', {}),
    saveSettings: async (settings) => {
      await c<null>('saveSettings', { settings });
    },
  };
  if (nativeDialogs) {
    methods.showOpenDialog = (what = 'maps') => c('showOpenDialog', { what });
    methods.showSaveDialog = (suggestedName: string, extension = 'cjm') => c('showSaveDialog', { suggestedName, extension });
  }
  return methods;
}
