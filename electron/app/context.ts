// What the Host's methods work with: the handles this run has issued, the
// maps open (locks, hashes, backups, the recovery journal), the recent list,
// the settings, the samples and the exports. Browser mode's server makes one
// per run; the desktop app one per window over the same shared parts.
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ExportJobs } from '../export/exportJobs';
import { findPackageRoot } from '../services/packageRoot';
import { HandleTable } from './handles';
import { OpenFiles } from './openFiles';
import { RecentFiles } from './recentFiles';
import { SampleShelf } from './samples';
import { SettingsStore } from './settingsStore';

/** What every window of one run shares. */
export interface SharedParts {
  /** Jejak's own data folder on this machine. */
  dataDir: string;
  handles: HandleTable;
  recent: RecentFiles;
  settings: SettingsStore;
  samples: SampleShelf;
  /** Exports running and finished this run. */
  exports: ExportJobs;
  /** Shows a file in the system's file manager (an export just written): false when none could be started. */
  showInFolder(path: string): Promise<boolean>;
}

export interface AppContext extends SharedParts {
  /**
   * The maps open in this page (this window): locks, what the page last
   * loaded or saved, backups and the recovery journal. A window's locks go
   * when that window closes.
   */
  open: OpenFiles;
  home: string;
  startupPath: string | null;
  /** Where the user last opened or saved a map this run: where the file dialog starts. */
  lastFolder: string | null;
}

export interface SharedPartsOptions {
  dataDir: string;
  exports: ExportJobs;
  showInFolder(path: string): Promise<boolean>;
  /** Where the sample maps are; shared/samples in the package by default. */
  samplesDir?: string;
}

export function sharedParts(options: SharedPartsOptions): SharedParts {
  return {
    dataDir: options.dataDir,
    handles: new HandleTable(),
    recent: new RecentFiles(options.dataDir),
    settings: new SettingsStore(options.dataDir),
    samples: new SampleShelf(options.samplesDir ?? join(findPackageRoot(), 'shared', 'samples')),
    exports: options.exports,
    showInFolder: options.showInFolder,
  };
}

/** One page's context: the shared parts, the start-up map and where dialogs start. */
export function appContext(parts: SharedParts, startupPath: string | null, home = homedir()): AppContext {
  return { ...parts, open: new OpenFiles(parts.dataDir), home, startupPath, lastFolder: startupPath === null ? null : dirname(startupPath) };
}
