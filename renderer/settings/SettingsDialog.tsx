// Settings… (⌘/Ctrl+,; in the application menu on macOS): the interface
// language and saving automatically, each applied and kept as it is changed.
import type { Host } from '../../shared/host/host';
import type { Language } from '../../shared/i18n/languages';
import { Dialog } from '../dialogs/Dialog';
import { useLanguage, useWords } from '../words';
import { LanguageOptions } from './LanguageOptions';
import { chooseInterfaceLanguage } from './interfaceLanguage';

export interface SettingsDialogProps {
  host: Host;
  autoSave: { on: boolean; set(on: boolean): Promise<void> };
  onClose(): void;
}

export function SettingsDialog({ host, autoSave, onClose }: SettingsDialogProps) {
  const w = useWords();
  return (
    <Dialog title={w.settings.title} onCancel={onClose} testId="settings-dialog">
      <label className="settings-row">
        <span>{w.settings.language}</span>
        <select data-testid="settings-language" value={useLanguage()} onChange={(e) => void chooseInterfaceLanguage(host, e.target.value as Language)}>
          <LanguageOptions />
        </select>
      </label>
      <p className="muted settings-hint">{w.settings.languageHint}</p>
      <label className="settings-row">
        <input type="checkbox" data-testid="settings-auto-save" checked={autoSave.on} onChange={(e) => void autoSave.set(e.target.checked)} />
        <span>{w.settings.autoSave}</span>
      </label>
      <p className="muted settings-hint">{w.settings.autoSaveHint}</p>
      <div className="dialog-buttons">
        <button data-autofocus data-testid="settings-done" onClick={onClose}>{w.settings.done}</button>
      </div>
    </Dialog>
  );
}
