// Settings… (⌘/Ctrl+,; in the application menu on macOS): the interface
// language and saving automatically, each applied and kept as it is changed.
import { useTranslation } from 'react-i18next';
import type { Host } from '../../shared/host/host';
import type { Language } from '../../shared/i18n/language';
import { Dialog } from '../dialogs/Dialog';
import { currentLanguage } from '../i18n';
import { chooseInterfaceLanguage } from './interfaceLanguage';

export interface SettingsDialogProps {
  host: Host;
  autoSave: { on: boolean; set(on: boolean): Promise<void> };
  onClose(): void;
}

export function SettingsDialog({ host, autoSave, onClose }: SettingsDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('settings.title')} onCancel={onClose} testId="settings-dialog">
      <label className="settings-row">
        <span>{t('settings.language')}</span>
        <select data-testid="settings-language" value={currentLanguage()} onChange={(e) => void chooseInterfaceLanguage(host, e.target.value as Language)}>
          <option value="en">English</option>
          <option value="id">Bahasa Indonesia</option>
        </select>
      </label>
      <p className="muted settings-hint">{t('settings.languageHint')}</p>
      <label className="settings-row">
        <input type="checkbox" data-testid="settings-auto-save" checked={autoSave.on} onChange={(e) => void autoSave.set(e.target.checked)} />
        <span>{t('settings.autoSave')}</span>
      </label>
      <p className="muted settings-hint">{t('settings.autoSaveHint')}</p>
      <div className="dialog-buttons">
        <button data-autofocus data-testid="settings-done" onClick={onClose}>{t('settings.done')}</button>
      </div>
    </Dialog>
  );
}
