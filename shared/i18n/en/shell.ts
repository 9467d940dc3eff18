// The desktop app's own words, in English: the close and quit prompts and
// the external-link question, the file types its open and save dialogs
// offer, the items Electron's roles provide, and the names of the menus
// (which browser mode's menu bar shows too).
import type { MenuGroupId } from '../../actions/action';
import type { ExportFormat } from '../../export/options';

export interface ShellWords {
  prompts: {
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
  };
  fileTypes: { cjm: string; pictures: string; sheets: string; images: string; formats: Record<ExportFormat, string> };
  /** The items of Electron's roles: the application menu of macOS, and Quit or Exit elsewhere. */
  roles: { about: string; services: string; hide: string; hideOthers: string; showAll: string; quitMac: string; quit: string; exit: string };
  menuGroups: Record<MenuGroupId, string>;
}

export const shell: ShellWords = {
  prompts: {
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
  fileTypes: {
    cjm: 'Journey map',
    pictures: 'Picture exported by Jejak',
    sheets: 'Sheet or list to import',
    images: 'Picture (PNG, JPEG or WebP)',
    formats: {
      svg: 'SVG picture',
      png: 'PNG picture',
      pdf: 'PDF document',
      csv: 'CSV sheet',
      xlsx: 'Excel workbook',
      html: 'HTML report',
      md: 'Markdown report',
    },
  },
  roles: { about: 'About Jejak', services: 'Services', hide: 'Hide Jejak', hideOthers: 'Hide Others', showAll: 'Show All', quitMac: 'Quit Jejak', quit: 'Quit', exit: 'Exit' },
  menuGroups: { file: 'File', edit: 'Edit', board: 'Board', workshop: 'Workshop', view: 'View' },
};
