// The settings dialog (Settings…, ⌘/Ctrl+,): the interface language and
// saving automatically, the person's own choices kept with the host's settings.
import { bilingual } from '../bilingual';

export const settingsWords = bilingual(
  {
    title: 'Settings',
    language: 'Interface language',
    languageHint: 'The words of Jejak’s menus and panels. A map’s own language is in its details.',
    autoSave: 'Save automatically',
    autoSaveHint: 'A map with a file of its own is saved a few seconds after each change.',
    done: 'Done',
  },
  {
    title: 'Pengaturan',
    language: 'Bahasa antarmuka',
    languageHint: 'Bahasa untuk menu dan panel Jejak. Bahasa isi peta diatur di rincian peta itu.',
    autoSave: 'Simpan otomatis',
    autoSaveHint: 'Peta yang sudah punya berkas sendiri disimpan beberapa detik setelah setiap perubahan.',
    done: 'Selesai',
  },
);
