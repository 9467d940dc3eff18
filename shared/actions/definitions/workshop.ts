// The Workshop menu: presenting, the timer, quick capture, the silent round
// and its reveal, dot voting, the facilitator's locks.
import type { ActionDefinition } from '../action';

export const WORKSHOP_ACTIONS = {
  present: {
    words: { en: { name: 'Present the map (full screen, stage by stage)', search: ['slides', 'projector', 'show', 'presentation'] }, id: { name: 'Presentasikan peta (layar penuh, tahap demi tahap)', search: ['slide', 'proyektor', 'tayang', 'presentasi'] } },
    keys: ['F5'],
    menu: { group: 'workshop', section: 1 },
    run: (c) => c.workshop.present(),
  },
  timer: {
    words: { en: { name: 'Timer: start, pause or add a minute', search: ['clock', 'countdown', 'minutes'] }, id: { name: 'Pengatur waktu: mulai, jeda, atau tambah semenit', search: ['jam', 'hitung mundur', 'menit', 'timer'] } },
    keys: ['T'],
    menu: { group: 'workshop', section: 2 },
    run: (c) => c.screen.toggle('timer'),
  },
  quickCapture: {
    words: { en: { name: 'Quick capture: type notes into a cell', search: ['scribe', 'type fast', 'minutes'] }, id: { name: 'Catat cepat: ketik catatan ke sebuah sel', search: ['notulen', 'ketik cepat'] } },
    keys: ['Q'],
    menu: { group: 'workshop', section: 2 },
    run: (c) => c.screen.toggle('quickCapture'),
  },
  silentRound: {
    words: { en: { name: 'Silent round: write notes face down (on or off)', search: ['hidden', 'private', 'brainstorm'] }, id: { name: 'Sesi menulis senyap: catatan ditulis tertutup (nyala atau mati)', search: ['tersembunyi', 'pribadi', 'curah gagasan'] } },
    menu: { group: 'workshop', section: 3 },
    switch: 'silentRound',
    run: (c) => c.workshop.toggleSilentRound(),
  },
  reveal: {
    words: { en: { name: 'Reveal all face-down notes', search: ['show', 'uncover', 'silent round'] }, id: { name: 'Buka semua catatan yang tertutup', search: ['tampilkan', 'perlihatkan', 'senyap'] } },
    menu: { group: 'workshop', section: 3 },
    run: (c) => c.workshop.reveal(),
  },
  voting: {
    words: { en: { name: 'Start dot voting…', search: ['vote', 'dots', 'prioritise', 'rank'] }, id: { name: 'Mulai voting titik…', search: ['suara', 'pilih', 'titik', 'prioritas'] } },
    keys: ['V'],
    menu: { group: 'workshop', section: 3 },
    run: (c) => c.workshop.startVoting(),
  },
  votingResults: {
    words: {
      en: { name: 'Dot voting results', search: ['votes', 'ranking', 'top voted', 'make opportunities'] },
      id: { name: 'Hasil voting titik', search: ['suara', 'peringkat', 'teratas', 'jadikan peluang'] },
    },
    menu: { group: 'workshop', section: 3 },
    run: (c) => c.workshop.showVotingResults(),
  },
  lockStructure: {
    words: { en: { name: 'Lock the stages and lanes (on or off)', search: ['structure', 'freeze', 'protect'] }, id: { name: 'Kunci tahap dan lajur (nyala atau mati)', search: ['struktur', 'bekukan', 'lindungi'] } },
    menu: { group: 'workshop', section: 4 },
    switch: 'structureLock',
    run: (c) => c.workshop.toggleStructureLock(),
  },
  reviewMode: {
    words: { en: { name: 'Review mode: read-only (on or off)', search: ['read only', 'lock', 'protect'] }, id: { name: 'Mode tinjauan: hanya baca (nyala atau mati)', search: ['hanya baca', 'kunci', 'lindungi'] } },
    menu: { group: 'workshop', section: 4 },
    switch: 'reviewMode',
    run: (c) => c.workshop.toggleReviewMode(),
  },
} as const satisfies Record<string, ActionDefinition>;
