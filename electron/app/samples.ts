// The sample maps shipped in shared/samples: listed by title and language,
// opened read-only (Save then asks where to put a copy).
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { SampleMap } from '../../shared/host/host';
import { readCjm } from '../../shared/format/reader';
import { LIMITS } from '../../shared/format/schema';
import { nodeFileSystem } from '../services/fileSystem';

export class SampleShelf {
  private listed: Promise<Map<string, SampleMap & { path: string }>> | null = null;

  constructor(readonly dir: string) {}

  private load(): Promise<Map<string, SampleMap & { path: string }>> {
    this.listed ??= (async () => {
      const shelf = new Map<string, SampleMap & { path: string }>();
      let names: string[];
      try {
        names = (await readdir(this.dir)).filter((name) => name.endsWith('.cjm')).sort();
      } catch {
        return shelf; // an install without samples: the list is simply empty
      }
      for (const name of names) {
        const path = join(this.dir, name);
        const read = readCjm(await nodeFileSystem.readFile(path, LIMITS.maxFileBytes));
        // A sample that does not read is a packaging bug; showing it would only fail later.
        if (!read.ok) continue;
        const id = name.slice(0, -'.cjm'.length);
        shelf.set(id, { id, title: read.map.title, locale: read.map.locale, path });
      }
      return shelf;
    })();
    return this.listed;
  }

  async list(): Promise<SampleMap[]> {
    return [...(await this.load()).values()].map(({ id, title, locale }) => ({ id, title, locale }));
  }

  /** The file of a listed sample; null for any other id, so an id cannot name a path. */
  async pathOf(id: unknown): Promise<string | null> {
    if (typeof id !== 'string') return null;
    return (await this.load()).get(id)?.path ?? null;
  }
}
