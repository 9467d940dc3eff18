// Opening a bank account in the app, identity checked remotely (e-KYC): a
// current-state map from the first referral link to the first QRIS payment.
import { TEMPLATES } from '../catalogue';
import type { JourneyTemplate } from '../types';

export const ekyc: JourneyTemplate = {
  id: 'ekyc',
  type: 'current-state',
  name: { en: 'Opening a bank account online (e-KYC)', id: 'Buka rekening (e-KYC)' },
  description: {
    en: 'A new customer opens a savings account in the app, from first hearing of it to the first payment, without visiting a branch.',
    id: 'Nasabah baru membuka tabungan lewat aplikasi, dari pertama kali tahu sampai transaksi pertama, tanpa datang ke cabang.',
  },
  defaultTitle: { en: 'Opening an account in the app (e-KYC)', id: 'Pembukaan rekening lewat aplikasi (e-KYC)' },
  stages: [
    { id: 'st-find-app', title: { en: 'Find the app', id: 'Menemukan aplikasi' } },
    { id: 'st-register', title: { en: 'Download & register', id: 'Unduh & daftar' } },
    { id: 'st-verify-identity', title: { en: 'Verify identity', id: 'Verifikasi identitas' } },
    { id: 'st-approval', title: { en: 'Wait for approval', id: 'Menunggu persetujuan' } },
    { id: 'st-first-deposit', title: { en: 'First deposit', id: 'Setoran awal' } },
    { id: 'st-first-use', title: { en: 'First use', id: 'Transaksi pertama' } },
  ],
  lanes: TEMPLATES['current-state'].lanes,
  notes: [
    { stage: 'st-find-app', lane: 'ln-actions', text: { en: "Gets a friend's referral link on WhatsApp, reads the Play Store reviews", id: 'Dapat link referral dari teman di WhatsApp, cek ulasan di Play Store dulu' } },
    { stage: 'st-register', lane: 'ln-actions', text: { en: 'Types in phone number and email, then waits for the OTP', id: 'Isi nomor HP dan email, lalu menunggu kode OTP' } },
    { stage: 'st-verify-identity', lane: 'ln-actions', text: { en: 'Photographs the KTP, then a selfie: blink, turn your head', id: 'Foto e-KTP, lalu selfie sambil berkedip dan menoleh' } },
    { stage: 'st-first-deposit', lane: 'ln-actions', text: { en: "Moves Rp100,000 over from another bank's app by BI-FAST", id: 'Transfer Rp100.000 dari m-banking lain lewat BI-FAST' } },

    { stage: 'st-find-app', lane: 'ln-touchpoints', text: { en: 'Instagram ad, referral link, Play Store page', id: 'Iklan Instagram, link referral, halaman Play Store' } },
    { stage: 'st-verify-identity', lane: 'ln-touchpoints', text: { en: 'In-app camera; a video call with an agent when the face match fails', id: 'Kamera di aplikasi; video call dengan petugas kalau verifikasi wajah gagal' } },
    { stage: 'st-first-use', lane: 'ln-touchpoints', text: { en: 'QRIS sticker at the warung, push notification', id: 'Stiker QRIS di warung, notifikasi push' } },

    { stage: 'st-register', lane: 'ln-thoughts', text: { en: 'Is it safe to hand my KTP to an app?', id: 'Aman nggak ya, data KTP dikasih ke aplikasi?' } },
    { stage: 'st-approval', lane: 'ln-thoughts', text: { en: 'Has it gone through, or will I have to start over?', id: 'Sudah disetujui belum? Jangan-jangan harus ulang dari awal.' } },
    { stage: 'st-first-deposit', lane: 'ln-thoughts', text: { en: 'Which of my accounts can send it without a fee?', id: 'Transfer dari rekening mana yang bebas biaya?' } },
    { stage: 'st-first-use', lane: 'ln-thoughts', text: { en: 'Could this replace my old account for everyday spending?', id: 'Bisa buat bayar sehari-hari, gantikan rekening lama?' } },

    { stage: 'st-find-app', lane: 'ln-emotions', emotion: 1, text: { en: 'Curious: the sign-up cashback sounds good', id: 'Penasaran: cashback nasabah baru lumayan juga' } },
    { stage: 'st-register', lane: 'ln-emotions', emotion: 0, text: { en: 'Restless: the OTP SMS came two minutes late', id: 'Mulai gemas: SMS OTP baru masuk dua menit kemudian' } },
    { stage: 'st-verify-identity', lane: 'ln-emotions', emotion: -2, text: { en: 'Annoyed: KTP photo turned down three times', id: 'Kesal: foto KTP ditolak sampai tiga kali' } },
    { stage: 'st-approval', lane: 'ln-emotions', emotion: -1, text: { en: 'In the dark: “under review”, no time given', id: 'Bingung: statusnya “sedang diverifikasi”, tanpa perkiraan waktu' } },
    { stage: 'st-first-deposit', lane: 'ln-emotions', emotion: 1, text: { en: 'Relieved: the balance shows at once', id: 'Lega: saldo langsung masuk' } },
    { stage: 'st-first-use', lane: 'ln-emotions', emotion: 2, text: { en: 'Delighted: first QRIS payment, cashback in', id: 'Senang: bayar pertama pakai QRIS, cashback langsung cair' } },

    { stage: 'st-register', lane: 'ln-pain-points', text: { en: 'OTP SMS late, or never arrives, on some operators', id: 'SMS OTP telat, bahkan tidak masuk, di sebagian operator' } },
    { stage: 'st-verify-identity', lane: 'ln-pain-points', text: { en: 'KTP photo rejected for glare on the card', id: 'Foto KTP ditolak karena silau pantulan lampu' } },
    { stage: 'st-verify-identity', lane: 'ln-pain-points', text: { en: 'Liveness check fails in a dim room', id: 'Cek liveness gagal kalau ruangan kurang terang' } },
    { stage: 'st-approval', lane: 'ln-pain-points', text: { en: 'Name or address differs from the Dukcapil record', id: 'Data tidak cocok dengan Dukcapil: ejaan nama, alamat lama' } },

    { stage: 'st-register', lane: 'ln-opportunities', text: { en: 'Offer the OTP by WhatsApp when the SMS is late', id: 'Tawarkan OTP lewat WhatsApp kalau SMS terlambat' } },
    { stage: 'st-verify-identity', lane: 'ln-opportunities', text: { en: 'Guide the KTP photo: a frame, no flash, tilt it a little', id: 'Pandu foto KTP: ada bingkai, tanpa flash, miringkan sedikit' } },
    { stage: 'st-approval', lane: 'ln-opportunities', text: { en: 'Say how long the check takes, and notify when it is done', id: 'Beri perkiraan lama verifikasi dan kirim notifikasi saat selesai' } },

    { stage: 'st-verify-identity', lane: 'ln-metrics', text: { en: 'Share who pass verification on the first try', id: 'Persentase yang lolos verifikasi di percobaan pertama' } },
    { stage: 'st-first-deposit', lane: 'ln-metrics', text: { en: 'Accounts funded within 7 days of opening', id: 'Rekening yang terisi dalam 7 hari sejak dibuka' } },
  ],
};
