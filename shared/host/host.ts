// The Host: the renderer's only door to the machine (docs/architecture.md). The board
// asks it for everything outside the page; the Electron preload and the
// browser-mode server implement it with the same services, over the one
// protocol table beside this file (protocol.ts). Maps and pictures cross it as
// bytes (Uint8Array): reading and writing stay in shared/format.
import type { MenuStates } from '../actions/availability';
import type { ExportFormat, ExportOptions } from '../export/options';
import type { SheetFailure } from '../i18n/importMessages';
import type { FileError } from '../i18n/fileErrors';
import type { SheetRow } from '../import/types';
import type { Language } from '../i18n/languages';
import type { LockHolder } from '../i18n/lock';

/**
 * An opaque name for a file the host has let the renderer use (from a
 * dialog, the recent list, a drop or the start-up argument). The renderer
 * never sees or sends a path of its choosing.
 */
export type FileHandle = string;

export interface OpenedFile {
  handle: FileHandle;
  /** What to show: the file name, and its folder for a tooltip. */
  name: string;
  folder: string;
  /** The file's bytes, for shared/format's reader. */
  bytes: Uint8Array;
  /** False for a sample or a file opened read-only: Save asks where to save. */
  writable: boolean;
  /** RFC 3339: when the file was last written (its modification time), or null when the system will not say. */
  modifiedAt: string | null;
  /**
   * Set when another copy of Jejak holds the map's lock: the page asks
   * whether to open it read-only or edit anyway (Host.editAnyway). Until
   * then the host treats the file as read-only.
   */
  lockedBy?: LockHolder;
}

/** A save refused because the file on disk is not what this page last loaded or saved. */
export interface ChangedOnDisk {
  ok: false;
  error: FileError;
  /** The file's bytes now: the page merges them and saves again. */
  onDisk: Uint8Array;
}

export type SaveReply = HostResult<{ modifiedAt: string }> | ChangedOnDisk;

/** The open map's file compared with what this page last loaded or saved (by content hash). */
export type FileStatus =
  | { state: 'same' }
  | { state: 'changed'; bytes: Uint8Array }
  /** The folder answers but the file is not there: never taken as deleted. */
  | { state: 'missing' }
  | { state: 'unreachable'; error: FileError };

/** A map journaled by a run of Jejak that ended without saving or closing it. */
export interface PendingRecovery {
  key: string;
  title: string;
  /** The file it was opened from, or null for a map never saved. */
  path: string | null;
  /** RFC 3339: when it was last journaled. */
  savedAt: string;
}

export interface RestoredRecovery {
  key: string;
  /** The journaled map, canonical .cjm text. */
  text: string;
  /** Its original file, opened, when it can still be found: Save writes there. */
  file: OpenedFile | null;
}

export type HostResult<T> = { ok: true; value: T } | { ok: false; error: FileError };

export interface RecentFile {
  handle: FileHandle;
  name: string;
  folder: string;
  /** RFC 3339 time of the file's last change, or null when it cannot be found now. */
  modifiedAt: string | null;
  missing: boolean;
  /** The map's review-by date, when known, for "review due" marks. */
  reviewBy: string | null;
}

export interface SampleMap {
  id: string;
  title: string;
  locale: string;
}

/** One entry of the in-app file dialog (browser mode has no native one). */
export interface FolderEntry {
  name: string;
  kind: 'folder' | 'map' | 'image' | 'sheet';
  handle: FileHandle;
  modifiedAt: string | null;
}

export interface FolderListing {
  /** Handle of the folder listed, and of its parent (null at the top). */
  folder: FileHandle;
  path: string;
  parent: FileHandle | null;
  entries: FolderEntry[];
  /** Shortcuts: home, documents, desktop, where they exist. */
  places: { name: string; handle: FileHandle }[];
}

/** An earlier version of a map, kept locally before a save replaced it. */
export interface MapBackup {
  id: string;
  /** RFC 3339 time the version was kept. */
  savedAt: string;
  title: string | null;
  size: number;
}

/** A copy of a map kept beside it by "Save a version", as the Versions panel lists it. */
export interface MapVersion {
  handle: FileHandle;
  /** The file name, e.g. "Onboarding — 2026-11-03 before Q1 review.cjm". */
  name: string;
  title: string;
  /** RFC 3339: when the version's file was written (its modification time; the map's own `updatedAt` where the system will not say). */
  savedAt: string;
  notes: number;
}

/** A map read only to compare it with the open one. */
export interface MapToCompare {
  name: string;
  folder: string;
  bytes: Uint8Array;
  /** RFC 3339: when the file was last written, or null when the system will not say. */
  modifiedAt: string | null;
}

/** What the export dialog asks for; the host dates the export itself. */
export type ExportChoices = Omit<ExportOptions, 'now'>;

export interface ExportRequest {
  /** The map as it is in the window (canonical .cjm, UTF-8), unsaved changes included. */
  bytes: Uint8Array;
  choices: ExportChoices;
  /** Where to write: a folder the host handed over and a file name in it. */
  folder: FileHandle;
  name: string;
  /** Replace a file of that name; otherwise an existing file is an `exists` error. */
  replace: boolean;
}

/** A long export, asked about while it runs (a progress bar with cancel). */
export type ExportStatus =
  | { state: 'running'; done: number; total: number }
  /** `files`: the names written in `folder` (a Markdown report writes its picture beside it). */
  | { state: 'done'; folder: string; files: string[]; scaledTo: number | null }
  | { state: 'failed'; error: FileError }
  | { state: 'cancelled' };

/**
 * A sheet or list read for an import, not yet planned: a sheet's header row
 * and rows (a semicolon-separated CSV writes decimals with a comma), a plain
 * list's text, or why the file cannot be read.
 */
export type ImportSource =
  | { kind: 'sheet'; name: string; format: 'csv' | 'xlsx'; headers: string[]; rows: SheetRow[]; decimalComma: boolean }
  | { kind: 'list'; name: string; text: string }
  | { kind: 'unreadable'; name: string; failure: SheetFailure };

export interface HostSettings {
  language: Language | null;
  /** Save to the file by itself a few seconds after each change; off unless the person turns it on. */
  autoSave?: boolean;
}

export interface Host {
  readonly kind: 'desktop' | 'browser';
  /** Whether open and save dialogs are native (desktop) or drawn by the page (browser mode). */
  readonly dialogs: 'native' | 'in-app';

  /** The file given when the app started, if any. */
  startupFile(): Promise<HostResult<OpenedFile> | null>;
  openFile(handle: FileHandle): Promise<HostResult<OpenedFile>>;
  openSample(id: string): Promise<HostResult<OpenedFile>>;
  listSamples(): Promise<SampleMap[]>;
  recentFiles(): Promise<RecentFile[]>;

  /**
   * Replaces the file behind `handle` safely with `bytes` (canonical .cjm),
   * keeping the version it replaces as a local backup. Only a map opened for
   * editing is saved over, and only with bytes that read as a map. Refused
   * with `changed-on-disk` (and the disk's bytes) when the file changed since
   * this page last loaded or saved it.
   */
  save(handle: FileHandle, bytes: Uint8Array): Promise<SaveReply>;
  /** Saves to a new file `name` in `folder`; never replaces an existing file unless `replace`. */
  saveAs(folder: FileHandle, name: string, bytes: Uint8Array, replace: boolean): Promise<HostResult<OpenedFile>>;

  /** Native dialogs (desktop); null when cancelled. `what`: maps (default), sheets and lists to import, or pictures. */
  showOpenDialog?(what?: 'maps' | 'sheets' | 'images'): Promise<FileHandle | null>;
  /** `extension`: the file type to save, `cjm` unless exporting. */
  showSaveDialog?(suggestedName: string, extension?: string): Promise<{ folder: FileHandle; name: string } | null>;
  /**
   * The in-app dialog's view of a folder (browser mode): its sub-folders and
   * its maps (or images, for a photo); the start folder when `folder` is omitted.
   */
  listFolder?(folder: FileHandle | null, show: 'maps' | 'images' | 'sheets'): Promise<HostResult<FolderListing>>;

  /** An image file's bytes for a persona photo or a note picture, picked by handle. */
  readImage(handle: FileHandle): Promise<HostResult<{ name: string; bytes: Uint8Array }>>;

  /** Desktop only: tells the window the map's title and unsaved state (title bar, close prompt). */
  documentChanged?(state: { title: string; dirty: boolean }): void;
  /**
   * Desktop only: opens a .cjm dropped on the window as that file (so Save
   * writes it). `file` is the dropped File; the host, not the page, finds
   * where it lives. Browser mode has no such door: a dropped map opens as an
   * unsaved copy.
   */
  openDroppedFile?(file: unknown): Promise<HostResult<OpenedFile>>;
  /**
   * Desktop only: present mode starts (`on`) or ends. The window goes full
   * screen, moved to a second display (the projector) when there is one, and
   * comes back where it was afterwards.
   */
  presentation?(on: boolean): Promise<'second-display' | 'this-display'>;
  /** Desktop only: a native menu item was chosen; the page runs the action of that id. */
  onMenuAction?(listener: (actionId: string) => void): void;
  /**
   * Desktop only: the window is closing (or the app quitting) and the person
   * chose Save in the main process's prompt. The page saves as its own Save
   * does (asking where for a map never saved) and says how it went; the
   * window closes only on `saved`. The desktop page registers no
   * beforeunload: the main process alone decides a close.
   */
  onSaveBeforeClose?(save: () => Promise<'saved' | 'failed' | 'cancelled'>): void;
  /**
   * Desktop only: the actions that cannot run now, each with its reason (the
   * rest can), so the native menus grey them (menuTemplate's `disabled`), and
   * the switches that are on, so they show ticked (Save automatically, the
   * facilitator's modes). The page calls it when they change: on the start
   * screen (only Open and Settings run there), with the selection, the undo
   * history, the focus going into or out of a text field, a setting turned
   * over; repeated states are not sent again.
   */
  actionStates?(states: MenuStates): void;

  /** Compares the open file with what this page last loaded or saved; polled every two seconds. */
  fileStatus(handle: FileHandle): Promise<FileStatus>;
  /** "Edit anyway" on a map whose lock another copy holds: the lock if it came free, else editing without it. */
  editAnyway(handle: FileHandle): Promise<HostResult<{ lockedBy: LockHolder | null }>>;
  /** The map is closed: its lock is released. */
  closeFile(handle: FileHandle): Promise<void>;

  /** The earlier versions of a map kept in this machine's data folder (newest first). */
  listBackups(handle: FileHandle): Promise<MapBackup[]>;
  /** A kept version's bytes, to open as an unsaved change; nothing is written. */
  restoreBackup(handle: FileHandle, id: string): Promise<HostResult<{ bytes: Uint8Array }>>;
  /**
   * Journals the open map for recovery after a crash (`text` null: clears
   * the entry, after a save or a clean close). `key` names the entry.
   */
  journal(key: string, entry: { handle: FileHandle | null; title: string; text: string } | null): Promise<void>;
  /** Maps journaled by runs that ended without saving them, newest first. */
  pendingRecoveries(): Promise<PendingRecovery[]>;
  restoreRecovery(key: string): Promise<HostResult<RestoredRecovery>>;

  /**
   * The export dialog is open on `format`: the host gets ready to make it (a
   * worker thread started, the format's libraries loaded), so the export the
   * person then starts begins warm. Nothing is made or written.
   */
  prepareExport(format: ExportFormat): Promise<void>;
  /** Starts an export in the host (pictures, PDFs, sheets, reports are made in Node, not in the page). */
  startExport(request: ExportRequest): Promise<HostResult<{ job: string }>>;
  exportStatus(job: string): Promise<ExportStatus>;
  cancelExport(job: string): Promise<void>;
  /**
   * Shows a finished export's file in the system's file manager: true when
   * one was started; false where the host cannot start one (browser mode
   * with no file manager to open, or none allowed), and the page then says
   * where the file is (ExportStatus's folder and files).
   */
  showExported(job: string): Promise<boolean>;
  /** A CSV or XLSX sheet, or a plain list (.txt, .md), read for an import: picked by handle, or dropped (name and bytes). */
  readImport(source: { handle: FileHandle } | { name: string; bytes: Uint8Array }): Promise<HostResult<ImportSource>>;
  /** The map inside a PNG or SVG that Jejak exported (.cjm bytes), or null for any other picture. */
  mapInPicture(bytes: Uint8Array): Promise<Uint8Array | null>;

  /**
   * Writes `bytes` (the map as it is in the window) as a new file beside the
   * map behind `handle`, named by versionFileName; never over an existing file.
   */
  saveVersion(handle: FileHandle, label: string, bytes: Uint8Array): Promise<HostResult<MapVersion>>;
  /** The .cjm files in the folder of `handle` whose map id is `mapId`, that file left out, newest first. */
  listVersions(handle: FileHandle, mapId: string): Promise<HostResult<MapVersion[]>>;
  /** A map's bytes to compare with: not locked, not watched, not added to the recent list. */
  readMap(handle: FileHandle): Promise<HostResult<MapToCompare>>;

  settings(): Promise<HostSettings>;
  saveSettings(settings: HostSettings): Promise<void>;
  /** The language the system asks for (browser or OS), before any setting. */
  systemLanguage(): Language;
}
