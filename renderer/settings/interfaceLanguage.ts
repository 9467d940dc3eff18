// Choosing the interface language (the start screen, the settings dialog):
// the page speaks it at once and the host keeps it (the desktop app redraws
// its menus in it).
import type { Host } from '../../shared/host/host';
import type { Language } from '../../shared/i18n/language';
import { setLanguage } from '../i18n';

export async function chooseInterfaceLanguage(host: Host, language: Language): Promise<void> {
  await setLanguage(language);
  const settings = await host.settings();
  await host.saveSettings({ ...settings, language });
}
