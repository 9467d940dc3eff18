// The main process's own words (the close prompt, the external-link
// question), in both interface languages like the menus beside them.
import type { Language } from '../../shared/i18n/language';

export interface ShellPrompts {
  unsavedOnClose: (title: string) => string;
  unsavedDetail: string;
  cancel: string;
  closeWithoutSaving: string;
  openLink: (host: string) => string;
  open: string;
}

export const SHELL_PROMPTS: Record<Language, ShellPrompts> = {
  en: {
    unsavedOnClose: (title) => `"${title}" has unsaved changes.`,
    unsavedDetail: 'Closing now loses them. To keep them, cancel and save (Ctrl+S), or save a copy elsewhere.',
    cancel: 'Cancel',
    closeWithoutSaving: 'Close without saving',
    openLink: (host) => `Open ${host} in your browser?`,
    open: 'Open',
  },
  id: {
    unsavedOnClose: (title) => `"${title}" punya perubahan yang belum disimpan.`,
    unsavedDetail: 'Jika ditutup sekarang, perubahan itu hilang. Untuk menyimpannya, batalkan lalu simpan (Ctrl+S), atau simpan salinan di tempat lain.',
    cancel: 'Batal',
    closeWithoutSaving: 'Tutup tanpa menyimpan',
    openLink: (host) => `Buka ${host} di peramban?`,
    open: 'Buka',
  },
};
