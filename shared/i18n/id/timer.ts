// Pengatur waktu lokakarya (lihat en/timer.ts).
import type { Words } from '../words';

export const timer: Words['timer'] = {
  title: 'Pengatur waktu',
  open: 'Pengatur waktu (T)',
  presets: 'Durasi cepat',
  minutes: (p) => `${p.count} menit`,
  startMinutes: (p) => `Mulai hitung mundur ${p.count} menit`,
  customLabel: 'Durasi lain',
  customPlaceholder: 'mis. 7, 7:30, 90 detik',
  start: 'Mulai',
  pause: 'Jeda',
  resume: 'Lanjutkan',
  addMinute: '+1 menit',
  addMinuteLabel: 'Tambah satu menit',
  reset: 'Atur ulang',
  close: 'Tutup',
  paused: 'Dijeda',
  left: (p) => `sisa ${p.time}`,
  timesUp: 'Waktu habis',
  dismiss: 'Klik atau tekan Esc untuk menutup',
  dismissButton: 'Tutup',
  restart: 'Ulangi',
  restartLabel: (p) => `Mulai lagi ${p.time}`,
  problems: {
    empty: () => 'Ketik durasinya: 7 untuk tujuh menit, 7:30, atau 90 detik.',
    unreadable: (p) => `"${p.typed}" bukan durasi. Ketik menit (7), menit dan detik (7:30), atau detik (90 detik).`,
    'over-59': (p) => `"${p.typed}": detik setelah titik dua paling banyak 59. Untuk 90 detik, ketik 1:30 atau 90 detik.`,
    zero: () => 'Pengatur waktu perlu paling sedikit satu detik.',
    'too-long': () => 'Pengatur waktu paling lama 10 jam. Ketik durasi yang lebih pendek.',
  },
};
