// The View menu: zoom, the lenses (filters, evidence, curves) and the
// panels (inspector, palette, shortcuts).
import type { ActionDefinition } from '../action';

export const VIEW_ACTIONS = {
  fit: {
    words: { en: { name: 'Fit the whole map', search: ['zoom', 'overview', 'everything'] }, id: { name: 'Tampilkan seluruh peta', search: ['zoom', 'ikhtisar', 'semua'] } },
    keys: ['0'],
    menu: { group: 'view', section: 1 },
    run: (c) => c.board.fitMap(),
  },
  actualSize: {
    words: { en: { name: 'Zoom to 100%', search: ['actual size', 'reset zoom'] }, id: { name: 'Perbesaran 100%', search: ['ukuran asli', 'zoom'] } },
    keys: ['1'],
    menu: { group: 'view', section: 1 },
    run: (c) => c.board.zoomTo(1),
  },
  zoomIn: {
    words: { en: { name: 'Zoom in', search: ['bigger', 'closer', 'magnify'] }, id: { name: 'Perbesar', search: ['zoom', 'dekatkan'] } },
    keys: ['Plus', '='],
    menu: { group: 'view', section: 1 },
    run: (c) => c.board.zoomBy(1.25),
  },
  zoomOut: {
    words: { en: { name: 'Zoom out', search: ['smaller', 'further'] }, id: { name: 'Perkecil', search: ['zoom', 'jauhkan'] } },
    keys: ['-'],
    menu: { group: 'view', section: 1 },
    run: (c) => c.board.zoomBy(1 / 1.25),
  },
  filters: {
    words: {
      en: { name: 'Filter notes (lane kind, tag, owner, evidence, persona, votes)', search: ['show only', 'hide', 'narrow'] },
      id: { name: 'Saring catatan (jenis lajur, tag, penanggung jawab, bukti, persona, suara)', search: ['filter', 'tampilkan saja', 'sembunyikan'] },
    },
    keys: ['Mod+Shift+F'],
    menu: { group: 'view', section: 2 },
    run: (c) => c.screen.toggle('filters'),
  },
  evidenceView: {
    words: { en: { name: 'Evidence view: colour notes by evidence (on or off)', search: ['research', 'assumptions', 'sources'] }, id: { name: 'Tampilan bukti: warnai catatan menurut buktinya (nyala atau mati)', search: ['riset', 'asumsi', 'sumber'] } },
    keys: ['E'],
    menu: { group: 'view', section: 2 },
    run: (c) => c.screen.toggle('evidenceView'),
  },
  curves: {
    words: { en: { name: 'Show or hide emotion curves…', search: ['feelings', 'personas', 'overlay'] }, id: { name: 'Tampilkan atau sembunyikan kurva emosi…', search: ['perasaan', 'persona', 'tumpuk'] } },
    keys: ['C'],
    menu: { group: 'view', section: 2 },
    enabled: (s) => (s.emotionCurves >= 2 ? null : s.emotionCurves === 1 ? 'oneCurve' : 'noCurves'),
    run: (c) => c.screen.toggle('curves'),
  },
  inspector: {
    words: { en: { name: 'Show or hide the inspector', search: ['details', 'properties', 'side panel'] }, id: { name: 'Tampilkan atau sembunyikan panel detail', search: ['rincian', 'properti', 'panel samping', 'inspektur'] } },
    keys: ['Mod+I'],
    menu: { group: 'view', section: 3 },
    run: (c) => c.screen.toggle('inspector'),
  },
  palette: {
    words: { en: { name: 'Command palette', search: ['commands', 'actions', 'search'] }, id: { name: 'Palet perintah', search: ['perintah', 'aksi', 'cari'] } },
    keys: ['Mod+K'],
    menu: { group: 'view', section: 3 },
    run: (c) => c.screen.show('palette'),
  },
  cheatSheet: {
    words: { en: { name: 'Keyboard shortcuts', search: ['keys', 'help', 'cheat sheet'] }, id: { name: 'Pintasan papan ketik', search: ['tombol', 'bantuan', 'shortcut'] } },
    keys: ['?'],
    menu: { group: 'view', section: 3 },
    run: (c) => c.screen.show('cheatSheet'),
  },
} as const satisfies Record<string, ActionDefinition>;
