// Kata-kata yang ditambahkan ekspor PDF (lihat en/pdf.ts).
import type { Words } from '../words';

export const pdf: Words['pdf'] = {
  exported: (date) => `Diekspor ${date}`,
  page: (n, total) => `Halaman ${n} dari ${total}`,
  scaledToFit: (percent) => `Dicetak ${percent} dari ukuran penuh: halaman PDF paling besar 200 inci (5,08 m) per sisi.`,

  legend: 'Keterangan',
  faceDownNote: 'catatan tertutup, belum dibuka',
  evidence: 'Bukti',
  evidenceLevels: { assumption: 'asumsi', observed: 'diamati', measured: 'terukur' },
  votes: 'suara',
  emotion: 'Emosi',
  veryNegative: 'sangat negatif',
  veryPositive: 'sangat positif',
  lanes: 'Lajur',

  tile: (label) => `Halaman ${label}`,
  tilePlace: (row, column) => `Baris ${row}, kolom ${column}`,
  overviewTitle: (columns, rows) => `Susunan ${columns * rows} halaman (${columns} mendatar, ${rows} menurun)`,
  assembly: [
    'Cetak semua halaman pada 100% (ukuran sebenarnya), bukan "sesuaikan dengan halaman".',
    'Susun halaman seperti gambar ini: A1 di kiri atas, angka bertambah ke kanan, huruf bertambah ke bawah.',
    'Potong margin kiri dan atas setiap halaman di tanda potong (kecuali kolom 1 dan baris A).',
    'Tumpangkan ke halaman sebelahnya sampai gambarnya pas dengan tanda tumpang-tindih, 10 mm ke dalam, lalu lem.',
  ],

  mapTypes: { 'current-state': 'Kondisi saat ini', 'future-state': 'Kondisi masa depan', 'day-in-the-life': 'Sehari bersama pelanggan', 'service-blueprint': 'Cetak biru layanan' },
  mapType: 'Jenis peta',
  goal: 'Tujuan',
  scenario: 'Skenario',
  personas: 'Persona',
  age: (years) => `usia ${years}`,
  personaGoals: 'Yang ingin dicapai',
  emotionCurve: 'Kurva emosi',
  noScoredEmotion: 'Belum ada emosi yang dinilai.',
  stage: (n, total) => `Tahap ${n} dari ${total}`,
  continued: (title) => `${title} (lanjutan)`,
  noNotes: 'Belum ada catatan di tahap ini.',
  owner: 'Penanggung jawab',
  due: 'Tenggat',
  priority: 'Prioritas',
  priorities: { low: 'rendah', medium: 'sedang', high: 'tinggi' },
  source: 'Sumber',
  votesCount: (n) => `${n} suara`,
  emotionValue: (value) => `Emosi ${value}`,
};
