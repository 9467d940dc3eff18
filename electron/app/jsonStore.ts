// One small JSON file in the data folder (recent files, settings): read
// forgivingly, written with the same safe save as a map, one write at a time.
import { nodeFileSystem } from '../services/fileSystem';
import { saveFileSafely, type SaveResult } from '../services/safeSave';

/** The recent list and the settings are a few kilobytes: a larger file there is not ours. */
const MAX_BYTES = 1024 * 1024;

export class JsonStore {
  private writing: Promise<unknown> = Promise.resolve();

  constructor(readonly path: string) {}

  /** The stored value, or null when the file is missing or not JSON (it is then rewritten on the next save). */
  async read(): Promise<unknown> {
    try {
      return JSON.parse(Buffer.from(await nodeFileSystem.readFile(this.path, MAX_BYTES)).toString('utf8')) as unknown;
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
