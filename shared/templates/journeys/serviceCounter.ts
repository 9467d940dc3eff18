// A document from a government office's counter, as a service blueprint:
// requirements, the queue number, the counter, the file's processing behind
// it, and the pick-up.
import { TEMPLATES } from '../catalogue';
import { retitled } from '../parts';
import type { JourneyTemplate } from '../types';

export const serviceCounter: JourneyTemplate = {
  id: 'service-counter',
  type: 'service-blueprint',
  name: { en: 'Government service counter', id: 'Loket layanan publik' },
  description: {
    en: 'A citizen gets a document from a public office: requirements, queue number, the counter, processing and pick-up.',
    id: 'Warga mengurus dokumen di kantor layanan publik: persyaratan, nomor antrean, loket, proses berkas, dan pengambilan.',
  },
  defaultTitle: { en: 'Service counter: service blueprint', id: 'Loket layanan publik: cetak biru layanan' },
  stages: [
    { id: 'st-requirements', title: { en: 'Check requirements', id: 'Cek persyaratan' } },
    { id: 'st-queue-number', title: { en: 'Get a queue number', id: 'Ambil nomor antrean' } },
    { id: 'st-waiting', title: { en: 'Wait to be called', id: 'Menunggu dipanggil' } },
    { id: 'st-counter', title: { en: 'At the counter', id: 'Di loket' } },
    { id: 'st-processing', title: { en: 'Processing', id: 'Berkas diproses' } },
    { id: 'st-collect', title: { en: 'Collect the document', id: 'Ambil dokumen' } },
  ],
  lanes: retitled(TEMPLATES['service-blueprint'].lanes, {
    'ln-actions': { en: 'Citizen actions', id: 'Aktivitas warga' },
    'ln-thoughts': { en: "Citizen's thoughts", id: 'Pikiran warga' },
    'ln-frontstage': { en: 'Frontstage: counter staff & security', id: 'Frontstage: petugas loket & satpam' },
    'ln-backstage': { en: 'Backstage: checking & processing files', id: 'Backstage: verifikasi & pemrosesan berkas' },
    'ln-support': { en: 'Support: systems & rules', id: 'Pendukung: sistem & aturan' },
  }),
  notes: [
    { stage: 'st-requirements', lane: 'ln-evidence', text: { en: "Requirements poster at the door, different from the website's list", id: 'Poster syarat di pintu masuk, beda dengan daftar di situs' } },
    { stage: 'st-queue-number', lane: 'ln-evidence', text: { en: 'Printed queue ticket with a service code (B-047)', id: 'Kertas nomor antrean berkode layanan (B-047)' } },
    { stage: 'st-collect', lane: 'ln-evidence', text: { en: 'Receipt with the pick-up date stamped on it', id: 'Tanda terima berkas berstempel tanggal pengambilan' } },

    { stage: 'st-requirements', lane: 'ln-actions', text: { en: 'Asks the neighbourhood WhatsApp group what to bring', id: 'Tanya di grup WhatsApp RT, apa saja yang harus dibawa' } },
    { stage: 'st-queue-number', lane: 'ln-actions', text: { en: 'Arrives at 06.30 to get a number before the quota runs out', id: 'Datang pukul 06.30 supaya kebagian kuota antrean' } },
    { stage: 'st-counter', lane: 'ln-actions', text: { en: 'Hands over the KTP and KK, originals and photocopies', id: 'Serahkan KTP dan KK, asli beserta fotokopinya' } },
    { stage: 'st-collect', lane: 'ln-actions', text: { en: 'Comes back a week later with the receipt', id: 'Datang lagi seminggu kemudian membawa tanda terima' } },

    { stage: 'st-requirements', lane: 'ln-touchpoints', text: { en: 'Agency website, Instagram, a call centre that rarely picks up', id: 'Situs instansi, Instagram, call center yang jarang diangkat' } },
    { stage: 'st-queue-number', lane: 'ln-touchpoints', text: { en: 'Online booking app, or the ticket machine in the lobby', id: 'Aplikasi antrean online atau mesin antrean di lobi' } },
    { stage: 'st-waiting', lane: 'ln-touchpoints', text: { en: 'Screen and loudspeaker calling the numbers', id: 'Layar dan pengeras suara pemanggil nomor antrean' } },

    { stage: 'st-requirements', lane: 'ln-thoughts', text: { en: 'Do I need a covering letter from the RT, or not?', id: 'Perlu surat pengantar RT/RW atau tidak, ya?' } },
    { stage: 'st-waiting', lane: 'ln-thoughts', text: { en: 'If I go to the toilet, will they skip my number?', id: 'Kalau ke toilet, nomor saya bakal terlewat nggak?' } },
    { stage: 'st-processing', lane: 'ln-thoughts', text: { en: "They said three working days. It's been a week.", id: 'Katanya tiga hari kerja, kok sudah seminggu belum jadi?' } },

    { stage: 'st-requirements', lane: 'ln-emotions', emotion: -1, text: { en: 'Confused: three sources, three different lists', id: 'Bingung: tiga sumber, tiga daftar syarat yang beda' } },
    { stage: 'st-queue-number', lane: 'ln-emotions', emotion: -1, text: { en: 'Anxious: online slots full until next week', id: 'Cemas: kuota online penuh sampai minggu depan' } },
    { stage: 'st-waiting', lane: 'ln-emotions', emotion: -1, text: { en: 'Restless: two and a half hours, no idea how many are ahead', id: 'Gelisah: sudah 2,5 jam, tidak tahu masih berapa nomor lagi' } },
    { stage: 'st-counter', lane: 'ln-emotions', emotion: -2, text: { en: 'Frustrated: one photocopy short, told to come back', id: 'Frustrasi: kurang satu fotokopi, disuruh datang lagi' } },
    { stage: 'st-processing', lane: 'ln-emotions', emotion: 0, text: { en: 'Resigned: no way to check the status', id: 'Pasrah: tidak ada cara mengecek status' } },
    { stage: 'st-collect', lane: 'ln-emotions', emotion: 1, text: { en: "Relieved: it's done, and the name is spelled right", id: 'Lega: dokumen jadi, nama tidak salah ketik' } },

    { stage: 'st-requirements', lane: 'ln-pain-points', text: { en: 'The website, the poster and the staff each give a different list', id: 'Syarat di situs, poster, dan kata petugas berbeda-beda' } },
    { stage: 'st-queue-number', lane: 'ln-pain-points', text: { en: 'Daily quota gone by 10.00; service hours end at 15.00', id: 'Kuota harian habis pukul 10.00, jam layanan sampai 15.00' } },
    { stage: 'st-counter', lane: 'ln-pain-points', text: { en: 'A missing photocopy means queueing again from the start', id: 'Kurang fotokopi berarti antre lagi dari awal' } },
    { stage: 'st-processing', lane: 'ln-pain-points', text: { en: 'Middlemen (calo) outside offer a “fast lane” for a fee', id: 'Calo di luar menawarkan “jalur cepat” berbayar' } },

    { stage: 'st-queue-number', lane: 'ln-frontstage', text: { en: 'Security guard hands out numbers and points people to the right service', id: 'Satpam membagikan nomor dan mengarahkan ke layanan yang tepat' } },
    { stage: 'st-counter', lane: 'ln-frontstage', text: { en: 'Counter staff check the file against a printed checklist', id: 'Petugas loket mencocokkan berkas dengan daftar periksa' } },
    { stage: 'st-collect', lane: 'ln-frontstage', text: { en: 'Pick-up counter checks the receipt and the KTP', id: 'Loket pengambilan mengecek tanda terima dan KTP' } },

    { stage: 'st-counter', lane: 'ln-backstage', text: { en: 'Papers scanned, then typed again into a second system', id: 'Berkas dipindai lalu diketik ulang ke sistem kedua' } },
    { stage: 'st-processing', lane: 'ln-backstage', text: { en: 'Head of section signs in batches, twice a week', id: 'Kepala seksi menandatangani berkas dua kali seminggu' } },

    { stage: 'st-queue-number', lane: 'ln-support', text: { en: 'Online app and lobby machine draw on one daily quota', id: 'Aplikasi online dan mesin di lobi berbagi satu kuota harian' } },
    { stage: 'st-processing', lane: 'ln-support', text: { en: 'Central server often down in the afternoon; files wait a day', id: 'Server pusat sering gangguan sore hari, berkas tertunda sehari' } },

    { stage: 'st-requirements', lane: 'ln-opportunities', text: { en: 'One official checklist, the same on the website, poster and WhatsApp', id: 'Satu daftar syarat resmi, sama di situs, poster, dan WhatsApp' } },
    { stage: 'st-waiting', lane: 'ln-opportunities', text: { en: "Show the queue on people's phones so they can wait outside", id: 'Posisi antrean bisa dipantau dari HP, warga boleh menunggu di luar' } },
    { stage: 'st-counter', lane: 'ln-opportunities', text: { en: 'Scan the originals at the counter instead of asking for copies', id: 'Pindai dokumen asli di loket, tidak perlu fotokopi' } },
    { stage: 'st-processing', lane: 'ln-opportunities', text: { en: 'Send a WhatsApp when the document is ready', id: 'Kirim WhatsApp saat dokumen siap diambil' } },

    { stage: 'st-waiting', lane: 'ln-metrics', text: { en: 'Minutes from queue number to the counter', id: 'Menit dari ambil nomor sampai dipanggil ke loket' } },
    { stage: 'st-counter', lane: 'ln-metrics', text: { en: 'Share of files sent back for missing papers', id: 'Persentase berkas dikembalikan karena syarat kurang' } },
  ],
};
