// The File menu: opening, saving, versions and backups, import and export,
// the settings, closing.
import type { ActionDefinition } from '../action';

export const FILE_ACTIONS = {
  open: {
    scope: 'app',
    words: { en: { name: 'Open…', search: ['file', 'map', 'load'] }, id: { name: 'Buka…', search: ['berkas', 'peta', 'muat'] } },
    keys: ['Mod+O'],
    menu: { group: 'file', section: 1 },
    inField: 'commit-first',
    run: (c) => c.app.openMap(),
  },
  save: {
    words: { en: { name: 'Save', search: ['file', 'write', 'keep'] }, id: { name: 'Simpan', search: ['berkas', 'tulis'] } },
    keys: ['Mod+S'],
    menu: { group: 'file', section: 2 },
    inField: 'commit-first',
    run: (c) => c.file.save(),
  },
  saveAs: {
    words: { en: { name: 'Save as…', search: ['copy', 'rename', 'new file', 'folder'] }, id: { name: 'Simpan sebagai…', search: ['salinan', 'nama lain', 'berkas baru', 'folder'] } },
    keys: ['Mod+Shift+S'],
    menu: { group: 'file', section: 2 },
    inField: 'commit-first',
    run: (c) => c.file.saveAs(),
  },
  autoSave: {
    words: { en: { name: 'Save automatically (on or off)', search: ['auto', 'autosave'] }, id: { name: 'Simpan otomatis (nyalakan atau matikan)', search: ['otomatis', 'autosave'] } },
    menu: { group: 'file', section: 2 },
    switch: 'autoSave',
    run: (c) => c.file.toggleAutoSave(),
  },
  saveVersion: {
    words: { en: { name: 'Save a dated version…', search: ['snapshot', 'milestone', 'copy'] }, id: { name: 'Simpan versi bertanggal…', search: ['cuplikan', 'tonggak', 'salinan'] } },
    menu: { group: 'file', section: 3 },
    run: (c) => c.file.saveVersion(),
  },
  versions: {
    words: { en: { name: 'Versions of this map…', search: ['history', 'earlier', 'snapshots'] }, id: { name: 'Versi peta ini…', search: ['riwayat', 'sebelumnya', 'cuplikan'] } },
    menu: { group: 'file', section: 3 },
    run: (c) => c.file.showVersions(),
  },
  compare: {
    words: { en: { name: 'Compare with another map…', search: ['difference', 'diff', 'changes'] }, id: { name: 'Bandingkan dengan peta lain…', search: ['perbedaan', 'beda', 'perubahan'] } },
    menu: { group: 'file', section: 3 },
    run: (c) => c.file.compare(),
  },
  restoreBackup: {
    words: { en: { name: 'Restore an earlier version…', search: ['backup', 'recover', 'undo save'] }, id: { name: 'Pulihkan versi sebelumnya…', search: ['cadangan', 'kembalikan'] } },
    menu: { group: 'file', section: 3 },
    run: (c) => c.file.restoreBackup(),
  },
  import: {
    words: {
      en: { name: 'Import notes from a sheet or list…', search: ['csv', 'excel', 'xlsx', 'spreadsheet', 'text'] },
      id: { name: 'Impor catatan dari lembar kerja atau daftar…', search: ['csv', 'excel', 'xlsx', 'spreadsheet', 'teks'] },
    },
    keys: ['Mod+Shift+I'],
    menu: { group: 'file', section: 4 },
    run: (c) => c.file.importNotes(),
  },
  export: {
    words: {
      en: { name: 'Export…', search: ['pdf', 'png', 'svg', 'csv', 'xlsx', 'html', 'markdown', 'poster', 'picture', 'report', 'print'] },
      id: { name: 'Ekspor…', search: ['pdf', 'png', 'svg', 'csv', 'xlsx', 'html', 'markdown', 'poster', 'gambar', 'laporan', 'cetak'] },
    },
    keys: ['Mod+E'],
    menu: { group: 'file', section: 4 },
    inField: 'commit-first',
    run: (c) => c.file.exportMap(),
  },
  settings: {
    scope: 'app',
    words: { en: { name: 'Settings…', search: ['preferences', 'options', 'language', 'save automatically'] }, id: { name: 'Pengaturan…', search: ['preferensi', 'opsi', 'bahasa', 'simpan otomatis'] } },
    keys: ['Mod+,'],
    menu: { group: 'file', section: 5, macAppMenu: true },
    run: (c) => c.app.openSettings(),
  },
  close: {
    words: { en: { name: 'Close the map', search: ['start screen', 'leave'] }, id: { name: 'Tutup peta', search: ['layar awal', 'keluar'] } },
    keys: ['Mod+W'],
    menu: { group: 'file', section: 6 },
    inField: 'commit-first',
    run: (c) => c.file.close(),
  },
} as const satisfies Record<string, ActionDefinition>;
