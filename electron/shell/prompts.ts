// The main process's own words (the close and quit prompts, the
// external-link question), in both interface languages like the menus.
import type { Language } from '../../shared/i18n/language';

export interface ShellPrompts {
  unsavedOnClose: (title: string) => string;
  unsavedDetail: string;
  save: string;
  dontSave: string;
  cancel: string;
  exportsRunning: (files: readonly string[]) => string;
  exportsDetail: string;
  stopAndQuit: string;
  openLink: (host: string) => string;
  open: string;
}

export const SHELL_PROMPTS: Record<Language, ShellPrompts> = {
  en: {
    unsavedOnClose: (title) => `Save the changes to "${title}" before closing?`,
    unsavedDetail: 'If you don’t save, the changes since the last save are lost.',
    save: 'Save',
    dontSave: 'Don’t save',
    cancel: 'Cancel',
    exportsRunning: (files) => (files.length === 1 ? `"${files[0]}" is still being exported.` : `${files.length} exports are still being made.`),
    exportsDetail: 'Quitting now stops the export; nothing of it is written. Your maps are not affected.',
    stopAndQuit: 'Stop and quit',
    openLink: (host) => `Open ${host} in your browser?`,
    open: 'Open',
  },
  id: {
    unsavedOnClose: (title) => `Simpan perubahan pada "${title}" sebelum ditutup?`,
    unsavedDetail: 'Jika tidak disimpan, perubahan sejak penyimpanan terakhir akan hilang.',
    save: 'Simpan',
    dontSave: 'Jangan simpan',
    cancel: 'Batal',
    exportsRunning: (files) => (files.length === 1 ? `"${files[0]}" masih diekspor.` : `${files.length} ekspor masih berjalan.`),
    exportsDetail: 'Jika keluar sekarang, ekspor dihentikan dan tidak ada yang ditulis. Peta Anda tidak terpengaruh.',
    stopAndQuit: 'Hentikan dan keluar',
    openLink: (host) => `Buka ${host} di peramban?`,
    open: 'Buka',
  },
};
