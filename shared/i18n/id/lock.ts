// Kata-kata untuk kunci peta dalam bahasa Indonesia (lihat en/lock.ts).
import type { Words } from '../words';

const someone = (who: string | null) => (who === null || who.trim() === '' ? 'orang lain' : who);

export const lock: Words['lock'] = {
  months: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  // Jam ditulis dengan titik: pukul 09.12.
  since: ({ hour, minute, date }) => {
    const time = `${hour}.${minute}`;
    if (date === null) return time;
    return `${date.day} ${date.month}${date.year === null ? '' : ` ${date.year}`} pukul ${time}`;
  },
  openedBy: (user, host, since) => `Dibuka oleh ${user.trim() === '' ? 'seseorang' : user} di ${host} sejak ${since}`,
  openedByUnknown: (reason) =>
    reason === 'corrupt'
      ? 'Dibuka oleh seseorang yang tidak dikenal: berkas kunci di samping peta ini rusak, jadi Jejak tidak tahu siapa yang membukanya'
      : 'Dibuka oleh seseorang yang tidak dikenal: Jejak tidak bisa membaca berkas kunci di samping peta ini',
  readOnly: { label: 'Buka untuk dilihat saja', detail: 'Lihat peta ini tanpa mengubahnya.' },
  editAnyway: {
    label: 'Tetap edit',
    detail: (who) => `Edit peta ini walaupun ${someone(who)} mungkin juga sedang mengubahnya. Kuncinya tetap dipegang ${who === null || who.trim() === '' ? 'mereka' : who}.`,
  },
  editingWithoutLock: (who) => `Anda mengedit tanpa memegang kunci: ${someone(who)} juga sedang membuka peta ini.`,
};
