// One small JSON file in the data folder (recent files, settings): read
// forgivingly, written with the same safe save as a map, one write at a time.
import { readFile } from 'node:fs/promises';
import { saveFileSafely, type SaveResult } from '../services/safeSave';

export class JsonStore {
  private writing: Promise<unknown> = Promise.resolve();

  constructor(readonly path: string) {}

  /** The stored value, or null when the file is missing or not JSON (it is then rewritten on the next save). */
  async read(): Promise<unknown> {
    try {
      return JSON.parse(await readFile(this.path, 'utf8')) as unknown;
    } catch {
      return null;
    }
  }

  /** Writes after any write already under way, so the last value asked for is the one kept. */
  write(value: unknown): Promise<SaveResult> {
    const bytes = Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');
    const result = this.writing.then(() => saveFileSafely(this.path, bytes, { overwrite: true }));
    this.writing = result.catch(() => undefined);
    return result;
  }
}
