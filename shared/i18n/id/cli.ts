// Setiap kalimat yang dicetak baris perintah (lihat en/cli.ts).
import type { PictureKind } from '../../pictures/imageHeader';
import { MAX_PICTURE_SIDE } from '../../pictures/storedPicture';
import type { Words } from '../words';
import { JOURNEYS } from '../../templates/journeys';
import { JOURNEY_IDS } from '../../templates/types';
import { language } from './language';

const kindName = (kind: PictureKind) => (kind === 'unknown' ? 'berjenis yang tidak dikenal Jejak' : `berjenis ${kind.toUpperCase()}`);
const count = (n: number, noun: string) => `${n.toLocaleString(language.locale)} ${noun}`;

export const cli: Words['cli'] = {
  intro: 'jejak: membaca, memeriksa, memperbaiki, dan membuat peta perjalanan pelanggan (berkas .cjm).',
  usageLine: 'Cara pakai: jejak <perintah> [opsi] [berkas]',
  commandsHeading: 'Perintah:',
  optionsHeading: 'Opsi untuk semua perintah:',
  globalOptions: [
    '  --lang en|id   bahasa pesan (bawaan: dari LC_ALL, LC_MESSAGES, atau LANG)',
    '  --json         keluaran yang bisa dibaca mesin, ke stdout',
    '  -h, --help     bantuan untuk satu perintah',
    '  -v, --version  versi jejak',
  ].join('\n'),
  exitCodes: 'Kode keluar: 0 semua beres, 1 ada masalah yang bisa diperbaiki, 2 ada masalah fatal atau perintah ditolak, 64 cara pakai salah.',
  moreHelp: 'Jalankan "jejak help PERINTAH" untuk melihat opsi satu perintah.',
  commands: {
    validate: {
      summary: 'memeriksa apakah peta sesuai dengan format .cjm dan menampilkan semua masalahnya',
      usage: 'jejak validate BERKAS...',
      details:
        'Menampilkan setiap masalah, satu per baris, diawali letaknya di dalam berkas, lalu ringkasannya.\nTidak ada berkas yang diubah. Kode keluar 0 jika semua peta valid, 1 jika ada yang bisa diperbaiki, 2 jika ada yang tidak bisa dibuka.',
    },
    repair: {
      summary: 'menulis salinan peta yang sudah diperbaiki dan menampilkan setiap perbaikan',
      usage: 'jejak repair BERKAS (--out HASIL | --in-place) [--force]',
      details: [
        '  --out HASIL   tulis peta hasil perbaikan ke HASIL (ditolak jika HASIL sudah ada, kecuali dengan --force)',
        '  --in-place    ganti BERKAS dengan hasil perbaikan; berkas asli disimpan sebagai BERKAS.bak',
        'Perbaikan tidak membuang isi apa pun (lihat format .cjm). Peta dengan masalah fatal tidak akan ditulis.',
      ].join('\n'),
    },
    fmt: {
      summary: 'menulis ulang peta dalam bentuk baku, dengan aman',
      usage: 'jejak fmt [--check] BERKAS...',
      details: [
        '  --check       hanya melaporkan apakah setiap berkas sudah dalam bentuk baku (kode keluar 1 jika ada yang belum)',
        'Peta ditulis dulu ke berkas sementara di folder yang sama, disimpan ke disk, diperiksa, lalu menggantikan berkas lama.',
        'Peta yang bermasalah ditolak dan tidak diubah: perbaiki dulu dengan "jejak repair".',
      ].join('\n'),
    },
    new: {
      summary: 'membuat peta dari templat',
      usage: 'jejak new (--type JENIS | --template PERJALANAN) --locale en|id [--title JUDUL] --out BERKAS [--force]',
      details: [
        '  --type JENIS            peta kosong: current-state, future-state, day-in-the-life, atau service-blueprint',
        '  --template PERJALANAN   perjalanan dengan tahapnya sendiri dan catatan contoh (bertag "contoh"; "example" di peta berbahasa Inggris):',
        ...JOURNEY_IDS.map((id) => `                            ${id.padEnd(18)} ${JOURNEYS[id].name.id}`),
        '  --locale                bahasa konten peta: en (Inggris) atau id (Indonesia)',
        '  --title JUDUL           judul peta (bawaan: judul dari templat)',
        '  --out BERKAS            tempat menyimpan peta; berkas yang sudah ada tidak akan ditimpa tanpa --force',
      ].join('\n'),
    },
    info: {
      summary: 'menampilkan judul, jumlah isi, kurva emosi, dan tanggal tinjauan peta',
      usage: 'jejak info BERKAS',
      details:
        'Menampilkan judul, jenis, bahasa, jumlah persona, tahap, lajur, catatan, dan suara,\nrata-rata emosi per tahap sebagai kurva teks kecil, dan apakah tanggal tinjauan sudah lewat.',
    },
    export: {
      summary: 'ekspor peta sebagai gambar, PDF, lembar kerja, atau laporan',
      usage: 'jejak export BERKAS --format svg|png|pdf|csv|xlsx|html|md --out KELUARAN [opsi]',
      details: [
        '  --format F              svg, png, pdf, csv, xlsx, html (laporan) atau md (laporan beserta gambarnya)',
        '  --out KELUARAN          berkas yang ditulis (ditolak jika sudah ada, kecuali dengan --force)',
        '  --page P                halaman PDF: poster (bawaan), fit, atau a4, a3, letter (dipotong untuk dirangkai di dinding)',
        '  --paper P               kertas untuk --page fit dan --handout: a4 (bawaan), a3 atau letter',
        '  --orientation O         portrait atau landscape untuk halaman kertas (bawaan: landscape; portrait untuk handout)',
        '  --pages-wide N          halaman terpotong: skala peta dibuat selebar N lembar (1 sampai 20; bawaan: ukuran penuh)',
        '  --pages-tall M          halaman terpotong: skala peta dibuat setinggi M lembar; bersama --pages-wide, yang lebih ketat dipakai',
        '  --handout               PDF: halaman judul, lalu satu halaman per tahap beserta catatannya',
        '  --scale N               PNG: 1 sampai 4 piksel per piksel papan (bawaan 2, atau 1 untuk peta yang sangat besar)',
        '  --background B          PNG: white (putih, bawaan) atau transparent (transparan)',
        '  --include-hidden        sertakan catatan tertutup dan lajur tersembunyi (bawaannya tidak ikut)',
        '  --no-authors            jangan sertakan nama penulis catatan, untuk peta yang dibagikan ke luar ruangan',
        '  --force                 timpa KELUARAN jika sudah ada',
        'Bahasa teks ekspor (keterangan, judul bagian) mengikuti --lang, atau bahasa konten peta itu sendiri.',
      ].join('\n'),
    },
    import: {
      summary: 'masukkan catatan dari lembar CSV atau XLSX, atau dari daftar yang diketik',
      usage: 'jejak import LEMBAR (--into PETA | --new KELUARAN) [--delete-missing] [--force]',
      details: [
        '  LEMBAR            lembar .csv atau .xlsx dengan kolom hasil ekspor, atau daftar .txt/.md',
        '                    (satu catatan per baris; baris di bawah nama tahap masuk ke tahap itu)',
        '  --into PETA       perbarui PETA: baris dengan id yang dikenal mengubah catatan itu, baris tanpa id menambah catatan',
        '  --new KELUARAN    tulis peta baru KELUARAN dari lembar itu (ditolak jika sudah ada, kecuali dengan --force)',
        '  --delete-missing  dengan --into: hapus juga catatan yang tidak ada di lembar',
        'Baris yang tidak bisa dibaca dicantumkan dengan nomor baris dan alasannya; baris lain tetap diimpor.',
        'Kode keluar 1 jika ada baris yang dilewati.',
      ].join('\n'),
    },
    serve: {
      summary: 'membuka papan di browser pada komputer ini (mode browser)',
      usage: 'jejak serve [BERKAS] [--port N] [--open]',
      details: [
        '  BERKAS        peta yang langsung dibuka saat papan dimulai',
        '  --port N      port yang dipakai (bawaan: port mana saja yang sedang kosong)',
        '  --open        buka alamatnya di browser bawaan sistem',
        'Hanya bisa diakses dari komputer ini (127.0.0.1). Perintah ini mencetak satu baris: alamat papan beserta token aksesnya.',
        'Siapa pun yang memegang alamat itu bisa membuka dan menyimpan peta Anda, jadi jangan dibagikan.',
        'Berjalan terus sampai dihentikan dengan Ctrl+C.',
      ].join('\n'),
    },
    help: {
      summary: 'menampilkan bantuan untuk jejak atau untuk satu perintah',
      usage: 'jejak help [PERINTAH]',
      details: '',
    },
  },

  noCommand: 'belum ada perintah yang diberikan.',
  unknownCommand: (name) => `"${name}" bukan perintah jejak.`,
  unknownOption: (detail) => `cara pakai salah: ${detail}`,
  missingFile: (command) => `"jejak ${command}" memerlukan nama berkas: lihat "jejak help ${command}".`,
  badValue: (option, value, allowed) => `${option} tidak menerima nilai "${value}"; pakai salah satu dari: ${allowed.join(', ')}.`,
  badTitle: '--title harus berisi 1 sampai 200 karakter, tanpa menghitung spasi di awal dan akhir.',
  conflictingOptions: (a, b) => `pilih salah satu: ${a} atau ${b} (harus ada satu, tetapi tidak boleh keduanya).`,

  valid: (file) => `${file}: valid`,
  problemsRepairable: (file, n) => `${file}: ${count(n, 'masalah')}, semuanya bisa diperbaiki`,
  problemsFatal: (file, n) => `${file}: tidak bisa dibuka, ${count(n, 'masalah')}`,
  repairHint: (file) => `untuk memperbaiki: jejak repair ${file} --out HASIL.cjm`,
  fatalHint: 'Perbaiki masalah di atas dengan editor teks atau pulihkan dari cadangan; Jejak tidak mengubah berkas seperti ini.',
  validateSummary: (c) =>
    `${count(c.files, 'berkas')} diperiksa: ${c.valid} valid, ${c.repairable} bisa diperbaiki, ${c.fatal} tidak bisa dibuka`,
  pictureNotShown: (path, name, refusal) => {
    const which = `${path}${name ? ` ("${name}")` : ''}`;
    const instead = 'papan dan setiap ekspor menampilkan kartu abu-abu sebagai gantinya';
    if (refusal.reason === 'too-large') {
      const px = (n: number) => n.toLocaleString(language.locale);
      return `${which}: gambar ini berukuran ${px(refusal.width)} × ${px(refusal.height)} piksel, lebih besar dari yang bisa ditampilkan Jejak (paling besar 100 megapiksel dan ${px(MAX_PICTURE_SIDE)} piksel per sisi); ${instead}. Ganti dengan gambar yang lebih kecil.`;
    }
    if (refusal.reason === 'unsupported') return `${which}: gambar ini ${kindName(refusal.kind)}, bukan PNG, JPEG, atau WebP; ${instead}. Ganti dengan PNG atau JPEG.`;
    return `${which}: kepala berkas gambar ini tidak bisa dibaca (berkasnya mungkin rusak); ${instead}. Ganti dengan gambar lain.`;
  },

  repaired: (file, out, n) => `${file}: ${count(n, 'perbaikan')} dilakukan, disimpan ke ${out}`,
  nothingToRepair: (file) => `${file}: tidak ada yang perlu diperbaiki, peta sudah valid`,
  keptOriginal: (backup) => `berkas asli disimpan sebagai ${backup}`,
  repairOutIsInput: (file, out) => `${out} adalah ${file} itu sendiri (nama lain atau tautan ke berkas itu), jadi tidak ditimpa; untuk memperbaiki peta di tempat dan menyimpan aslinya sebagai ${file}.bak, gunakan --in-place`,
  outIsInput: '--out menunjuk ke peta itu sendiri; pakai --in-place untuk menggantinya (berkas asli disimpan sebagai .bak).',

  formatted: (file) => `${file}: ditulis ulang dalam bentuk baku`,
  alreadyCanonical: (file) => `${file}: sudah dalam bentuk baku`,
  notCanonical: (file) => `${file}: belum dalam bentuk baku (jalankan "jejak fmt ${file}")`,
  fmtRefusedRepairable: (file) => `${file}: ada masalah yang harus diperbaiki dulu; berkas tidak diubah (jalankan "jejak repair ${file} --out HASIL.cjm")`,
  fmtRefusedFatal: (file) => `${file}: tidak bisa dibuka; berkas tidak diubah`,

  created: (file, typeName) => `${file}: peta baru dibuat (jenis: ${typeName})`,
  createdFromJourney: (file, typeName, journeyName) => `${file}: peta baru dibuat dari perjalanan "${journeyName}", lengkap dengan catatan contoh (jenis: ${typeName})`,

  badPort: (value) => `--port harus bilangan bulat dari 0 sampai 65535, bukan "${value}".`,
  serveNotBuilt: (dir) => `papan belum dibangun (tidak ada index.html di ${dir}); jalankan "npm run build" di folder Jejak, lalu coba lagi.`,
  servePortInUse: (port) => `port ${port} sudah dipakai; pilih port lain dengan --port, atau jangan pakai --port agar dipilihkan port yang kosong.`,
  serveFailed: (detail) => `server tidak bisa dijalankan: ${detail}`,
  serveRunning: 'Buka alamat ini di browser pada komputer ini. Tekan Ctrl+C untuk berhenti.',

  exportRepairedInMemory: (file, n) =>
    `${file}: ${n.toLocaleString(language.locale)} masalah diperbaiki hanya untuk ekspor ini; berkasnya tidak diubah (jalankan "jejak repair" untuk memperbaikinya)`,
  exported: (file, out) => `${file}: diekspor ke ${out}`,
  posterScaled: (percent) => `Poster diperkecil menjadi ${percent}% agar muat di halaman terbesar yang diizinkan PDF.`,
  exporting: (percent) => `mengekspor… ${percent}%`,
  badScale: (value) => `--scale harus angka dari 1 sampai 4, bukan "${value}".`,
  badPageCount: (option, value, range) => `${option} harus bilangan bulat lembar dari ${range.min} sampai ${range.max}, bukan "${value}".`,
  pageCountNeedsTiles: (option) => `${option} hanya untuk halaman terpotong: tambahkan --format pdf --page a4, a3 atau letter.`,

  imported: (sheet, map, c) =>
    `${sheet} → ${map}: ${c.updated.toLocaleString(language.locale)} catatan diubah, ${c.added.toLocaleString(language.locale)} ditambahkan, ${c.deleted.toLocaleString(language.locale)} dihapus` +
    (c.problems > 0 ? `, ${c.problems.toLocaleString(language.locale)} baris dilewati` : ''),
  importNothing: (sheet) => `${sheet}: tidak ada yang perlu diimpor, isi peta sudah sama`,
  importProblemsHeading: (n) => `${n.toLocaleString(language.locale)} baris tidak bisa dibaca dan dilewati:`,
  conflictingImportTargets: 'gunakan --into PETA atau --new KELUARAN (salah satunya wajib).',

  info: {
    title: 'Judul',
    type: 'Jenis',
    locale: 'Bahasa',
    counts: (c) =>
      `${count(c.personas, 'persona')}, ${count(c.stages, 'tahap')}, ${count(c.lanes, 'lajur')}, ${count(c.notes, 'catatan')}, ${count(c.votes, 'suara')}`,
    reviewBy: 'Tinjau paling lambat',
    noReview: 'belum ada tanggal tinjauan',
    overdue: 'sudah lewat',
    notYetDue: 'belum jatuh tempo',
    emotionHeading: (lane) => `Emosi per tahap (${lane}), rata-rata dari -2 sampai +2:`,
    noEmotionLanes: 'Tidak ada lajur emosi.',
    noScore: 'belum ada nilai',
  },
};
