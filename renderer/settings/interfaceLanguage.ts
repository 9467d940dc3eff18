// Choosing the interface language (the start screen, the settings dialog):
// the page speaks it at once and the host keeps it (the desktop app redraws
// its menus in it).
import type { Host } from '../../shared/host/host';
import type { Language } from '../../shared/i18n/languages';
import { setLanguage } from '../words';

export async function chooseInterfaceLanguage(host: Host, language: Language): Promise<void> {
  setLanguage(language);
  const settings = await host.settings();
  await host.saveSettings({ ...settings, language });
}
