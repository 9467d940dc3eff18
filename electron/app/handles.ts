// Opaque handles for the files and folders this run has shown the page.
// The page names files only by these, so it can reach nothing the server has
// not listed for it (a path it made up, ../ tricks): an unknown handle is
// refused outright.
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import type { FileHandle } from '../../shared/host/host';
import { ApiError } from './apiError';

export type HandleKind = 'file' | 'folder';

export interface HandleTarget {
  path: string;
  kind: HandleKind;
  /** A sample shipped with Jejak: it may be opened, never saved over. */
  readOnly: boolean;
}

export class HandleTable {
  private readonly targets = new Map<FileHandle, HandleTarget>();
  // The same path gets the same handle, so listing a folder again and again
  // does not grow the table.
  private readonly issued = new Map<string, FileHandle>();

  issue(path: string, kind: HandleKind, readOnly = false): FileHandle {
    const absolute = resolve(path);
    const key = `${kind}\0${readOnly}\0${absolute}`;
    const existing = this.issued.get(key);
    if (existing !== undefined) return existing;
    const handle = randomBytes(16).toString('base64url');
    this.targets.set(handle, { path: absolute, kind, readOnly });
    this.issued.set(key, handle);
    return handle;
  }

  /** The target of a handle this run issued, of the kind the call needs. */
  resolve(handle: unknown, kind: HandleKind): HandleTarget {
    const target = typeof handle === 'string' ? this.targets.get(handle) : undefined;
    if (target === undefined) {
      throw new ApiError(400, 'unknown-handle', 'This file handle was not issued by this server (it may be from an earlier run); choose the file again.');
    }
    if (target.kind !== kind) throw new ApiError(400, 'wrong-handle', `This handle names a ${target.kind}, not a ${kind}.`);
    return target;
  }
}
