// A hotel stay as a service blueprint: the guest's path from booking to
// review, with the front office, housekeeping and the PMS behind it.
import { TEMPLATES } from '../catalogue';
import { retitled } from '../parts';
import type { JourneyTemplate } from '../types';

export const hotelStay: JourneyTemplate = {
  id: 'hotel-stay',
  type: 'service-blueprint',
  name: { en: 'Hotel stay', id: 'Menginap di hotel' },
  description: {
    en: "A guest's stay from booking to review, with the front office, housekeeping and systems behind it.",
    id: 'Perjalanan tamu dari pemesanan sampai ulasan, beserta front office, housekeeping, dan sistem di baliknya.',
  },
  defaultTitle: { en: 'Hotel stay: service blueprint', id: 'Menginap di hotel: cetak biru layanan' },
  stages: [
    { id: 'st-booking', title: { en: 'Booking', id: 'Pemesanan' } },
    { id: 'st-pre-arrival', title: { en: 'Before arrival', id: 'Menjelang kedatangan' } },
    { id: 'st-check-in', title: { en: 'Arrival & check-in', id: 'Kedatangan & check-in' } },
    { id: 'st-stay', title: { en: 'During the stay', id: 'Selama menginap' } },
    { id: 'st-check-out', title: { en: 'Check-out & bill', id: 'Check-out & tagihan' } },
    { id: 'st-after-stay', title: { en: 'After the stay', id: 'Setelah menginap' } },
  ],
  lanes: retitled(TEMPLATES['service-blueprint'].lanes, {
    'ln-actions': { en: 'Guest actions', id: 'Aktivitas tamu' },
    'ln-thoughts': { en: "Guest's thoughts", id: 'Pikiran tamu' },
    'ln-frontstage': { en: 'Frontstage: staff the guest meets', id: 'Frontstage: staf yang ditemui tamu' },
    'ln-backstage': { en: 'Backstage: housekeeping, kitchen, night audit', id: 'Backstage: housekeeping, dapur, night audit' },
    'ln-support': { en: 'Support: PMS, channel manager, key cards', id: 'Pendukung: PMS, channel manager, kartu kunci' },
  }),
  notes: [
    { stage: 'st-booking', lane: 'ln-evidence', text: { en: 'OTA confirmation email: no word on deposit or parking', id: 'Email konfirmasi OTA: tidak menyebut deposit atau parkir' } },
    { stage: 'st-check-in', lane: 'ln-evidence', text: { en: 'Registration card; key card sleeve with the Wi-Fi password', id: 'Kartu registrasi; amplop kartu kunci berisi password Wi-Fi' } },
    { stage: 'st-check-out', lane: 'ln-evidence', text: { en: 'Folio listing minibar and laundry', id: 'Folio tagihan: minibar dan laundry' } },

    { stage: 'st-booking', lane: 'ln-actions', text: { en: "Compares prices on two OTAs and the hotel's own site", id: 'Bandingkan harga di dua OTA dan situs hotel' } },
    { stage: 'st-pre-arrival', lane: 'ln-actions', text: { en: 'Asks on WhatsApp whether early check-in is possible', id: 'Tanya via WhatsApp: bisa early check-in jam 11?' } },
    { stage: 'st-check-in', lane: 'ln-actions', text: { en: 'Arrives at 12.30; the room is ready only at 14.00', id: 'Tiba pukul 12.30, kamar baru siap pukul 14.00' } },
    { stage: 'st-stay', lane: 'ln-actions', text: { en: 'Asks housekeeping for extra towels and a prayer mat', id: 'Minta handuk tambahan dan sajadah ke housekeeping' } },

    { stage: 'st-pre-arrival', lane: 'ln-touchpoints', text: { en: 'Reservations WhatsApp, reminder email the day before', id: 'WhatsApp reservasi, email pengingat H-1' } },
    { stage: 'st-check-in', lane: 'ln-touchpoints', text: { en: 'Doorman, front desk, lobby sofa', id: 'Doorman, meja front office, sofa lobi' } },
    { stage: 'st-after-stay', lane: 'ln-touchpoints', text: { en: 'Review request from the OTA, Google Maps', id: 'Permintaan ulasan dari OTA, Google Maps' } },

    { stage: 'st-booking', lane: 'ln-thoughts', text: { en: 'Is breakfast included, or is that the other rate?', id: 'Ini sudah termasuk sarapan, atau itu harga yang satunya?' } },
    { stage: 'st-check-in', lane: 'ln-thoughts', text: { en: 'Where do the kids wait for an hour and a half?', id: 'Anak-anak harus menunggu di mana satu setengah jam?' } },
    { stage: 'st-check-out', lane: 'ln-thoughts', text: { en: 'Why does the deposit take 14 days to come back?', id: 'Kok deposit baru kembali 14 hari kerja?' } },

    { stage: 'st-booking', lane: 'ln-emotions', emotion: 1, text: { en: 'Pleased: a family room with breakfast, at a fair price', id: 'Senang: dapat kamar keluarga plus sarapan, harga pas' } },
    { stage: 'st-pre-arrival', lane: 'ln-emotions', emotion: 0, text: { en: 'Unsure: early check-in “subject to availability”', id: 'Ragu: early check-in dijawab “tergantung ketersediaan”' } },
    { stage: 'st-check-in', lane: 'ln-emotions', emotion: -2, text: { en: 'Worn out: a long queue, and the room not ready', id: 'Capek dan kecewa: antre lama, kamar belum siap' } },
    { stage: 'st-stay', lane: 'ln-emotions', emotion: 1, text: { en: 'Comfortable: clean room, housekeeping came quickly', id: 'Nyaman: kamar bersih, housekeeping sigap' } },
    { stage: 'st-check-out', lane: 'ln-emotions', emotion: -1, text: { en: 'Irritated: charged for a minibar drink never opened', id: 'Kesal: ditagih minuman minibar yang tidak diminum' } },
    { stage: 'st-after-stay', lane: 'ln-emotions', emotion: 0, text: { en: 'Lukewarm: gives 4 stars, mentions the wait', id: 'Biasa saja: kasih bintang 4, menyinggung soal antre' } },

    { stage: 'st-booking', lane: 'ln-pain-points', text: { en: 'Special requests made on the OTA never reach the front office', id: 'Permintaan khusus dari OTA tidak sampai ke front office' } },
    { stage: 'st-check-in', lane: 'ln-pain-points', text: { en: 'Queue at the front desk when a tour group arrives', id: 'Antre di front office saat rombongan tur datang bersamaan' } },
    { stage: 'st-check-in', lane: 'ln-pain-points', text: { en: 'Deposit by credit card or cash only, no QRIS', id: 'Deposit hanya kartu kredit atau tunai, tidak bisa QRIS' } },
    { stage: 'st-check-out', lane: 'ln-pain-points', text: { en: 'Minibar checked by hand while the guest waits', id: 'Minibar dicek manual, tamu menunggu di lobi' } },

    { stage: 'st-check-in', lane: 'ln-frontstage', text: { en: 'Front desk copies the KTP and takes the deposit', id: 'FO memfotokopi KTP dan meminta deposit' } },
    { stage: 'st-stay', lane: 'ln-frontstage', text: { en: 'Housekeeping brings requests within 15 minutes', id: 'Housekeeping mengantar permintaan dalam 15 menit' } },
    { stage: 'st-check-out', lane: 'ln-frontstage', text: { en: 'Cashier goes through the folio line by line', id: 'Kasir FO membacakan folio satu per satu' } },

    { stage: 'st-pre-arrival', lane: 'ln-backstage', text: { en: 'Housekeeping hears of early arrivals only at the morning briefing', id: 'Housekeeping baru tahu ada tamu early check-in saat briefing pagi' } },
    { stage: 'st-check-in', lane: 'ln-backstage', text: { en: 'Rooms released to the front desk in batches after inspection', id: 'Kamar diserahkan ke FO bertahap setelah dicek supervisor' } },
    { stage: 'st-check-out', lane: 'ln-backstage', text: { en: 'Minibar attendant sent to the room before the bill can close', id: 'Petugas minibar dipanggil ke kamar sebelum tagihan ditutup' } },

    { stage: 'st-booking', lane: 'ln-support', text: { en: 'Channel manager syncs OTA bookings into the PMS', id: 'Channel manager menyinkronkan pesanan OTA ke PMS' } },
    { stage: 'st-check-in', lane: 'ln-support', text: { en: 'Room status in the PMS updated by phone from housekeeping', id: 'Status kamar di PMS diperbarui lewat telepon dari housekeeping' } },

    { stage: 'st-pre-arrival', lane: 'ln-opportunities', text: { en: 'Online pre-check-in the day before: KTP, arrival time, requests', id: 'Pre-check-in online H-1: KTP, jam tiba, permintaan khusus' } },
    { stage: 'st-check-in', lane: 'ln-opportunities', text: { en: 'Store bags and offer a drink while the room is readied', id: 'Titip koper dan sajikan welcome drink selama kamar disiapkan' } },
    { stage: 'st-check-out', lane: 'ln-opportunities', text: { en: 'Express check-out: folio on WhatsApp, deposit released automatically', id: 'Express check-out: folio dikirim via WhatsApp, deposit kembali otomatis' } },

    { stage: 'st-check-in', lane: 'ln-metrics', text: { en: 'Minutes from arrival to key in hand', id: 'Menit dari tiba sampai kunci di tangan' } },
    { stage: 'st-after-stay', lane: 'ln-metrics', text: { en: 'OTA review score, and how often “queue” comes up', id: 'Skor ulasan OTA dan seberapa sering kata “antre” muncul' } },
  ],
};
