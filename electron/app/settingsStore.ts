// The app's settings, kept in settings.json in the data folder. Keys this
// version does not know are kept, so a newer Jejak's settings survive.
import { join } from 'node:path';
import type { HostSettings } from '../../shared/host/host';
import { isLanguage } from '../../shared/i18n/languages';
import { ApiError } from './apiError';
import { JsonStore } from './jsonStore';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export class SettingsStore {
  private readonly store: JsonStore;

  constructor(dataDir: string) {
    this.store = new JsonStore(join(dataDir, 'settings.json'));
  }

  async get(): Promise<HostSettings> {
    const stored = await this.store.read();
    const language = isObject(stored) ? stored.language : null;
    return { language: isLanguage(language) ? language : null, autoSave: isObject(stored) && stored.autoSave === true };
  }

  async set(settings: unknown): Promise<void> {
    if (!isObject(settings) || !(settings.language === null || isLanguage(settings.language))) {
      throw new ApiError(400, 'bad-request', 'settings.language must be "en", "id" or null.');
    }
    if (settings.autoSave !== undefined && typeof settings.autoSave !== 'boolean') throw new ApiError(400, 'bad-request', 'settings.autoSave must be true or false.');
    const stored = await this.store.read();
    const previous = isObject(stored) ? stored : {};
    const saved = await this.store.write({ ...previous, language: settings.language, autoSave: settings.autoSave ?? previous.autoSave === true });
    if (!saved.ok) throw new ApiError(500, 'internal', `The settings could not be saved (${saved.error.code}, ${saved.error.errno ?? 'no errno'}).`);
  }
}
