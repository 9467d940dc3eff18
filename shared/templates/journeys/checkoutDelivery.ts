// An order on a marketplace, from the cart to the parcel at the door and a
// return: a current-state map with COD, shipping costs and tracking numbers.
import { TEMPLATES } from '../catalogue';
import { retitled } from '../parts';
import type { JourneyTemplate } from '../types';

export const checkoutDelivery: JourneyTemplate = {
  id: 'checkout-delivery',
  type: 'current-state',
  name: { en: 'E-commerce checkout & delivery', id: 'Belanja online: checkout & pengiriman' },
  description: {
    en: 'A shopper buys on a marketplace, from the cart to the parcel at the door, with COD, tracking and returns.',
    id: 'Pembeli belanja di marketplace, dari keranjang sampai paket tiba di rumah, termasuk COD, lacak resi, dan retur.',
  },
  defaultTitle: { en: 'Online order: checkout to delivery', id: 'Pesanan online: dari checkout sampai paket tiba' },
  stages: [
    { id: 'st-cart', title: { en: 'Cart', id: 'Keranjang' } },
    { id: 'st-checkout', title: { en: 'Checkout & shipping', id: 'Checkout & ongkir' } },
    { id: 'st-payment', title: { en: 'Payment', id: 'Pembayaran' } },
    { id: 'st-shipping', title: { en: 'Packed & shipped', id: 'Dikemas & dikirim' } },
    { id: 'st-delivery', title: { en: 'Delivery', id: 'Paket tiba' } },
    { id: 'st-after-delivery', title: { en: 'Review & returns', id: 'Ulasan & retur' } },
  ],
  lanes: retitled(TEMPLATES['current-state'].lanes, {
    'ln-actions': { en: 'Shopper actions', id: 'Aktivitas pembeli' },
    'ln-thoughts': { en: "Shopper's thoughts", id: 'Pikiran pembeli' },
  }),
  notes: [
    { stage: 'st-cart', lane: 'ln-actions', text: { en: 'Fills the cart, then waits for the payday or 12.12 sale', id: 'Isi keranjang, lalu tunggu promo gajian atau tanggal kembar' } },
    { stage: 'st-checkout', lane: 'ln-actions', text: { en: 'Switches between three couriers to find the cheapest shipping', id: 'Ganti-ganti tiga kurir, cari ongkir paling murah' } },
    { stage: 'st-payment', lane: 'ln-actions', text: { en: 'Pays by virtual account from a banking app', id: 'Bayar lewat virtual account dari m-banking' } },
    { stage: 'st-delivery', lane: 'ln-actions', text: { en: 'Leaves cash with a neighbour for the COD parcel', id: 'Titip uang ke tetangga untuk paket COD' } },

    { stage: 'st-cart', lane: 'ln-touchpoints', text: { en: 'Wish list, a reminder that items are waiting in the cart', id: 'Wishlist, notifikasi pengingat barang di keranjang' } },
    { stage: 'st-checkout', lane: 'ln-touchpoints', text: { en: 'Voucher page, courier options, order summary', id: 'Halaman voucher, pilihan kurir, ringkasan pesanan' } },
    { stage: 'st-shipping', lane: 'ln-touchpoints', text: { en: "Order status in the app, the courier's tracking page", id: 'Status pesanan di aplikasi, halaman lacak resi kurir' } },
    { stage: 'st-delivery', lane: 'ln-touchpoints', text: { en: "Courier's WhatsApp, photo proof of delivery", id: 'WhatsApp kurir, foto bukti paket diterima' } },

    { stage: 'st-checkout', lane: 'ln-thoughts', text: { en: 'Free shipping only above Rp50,000? Add one more thing, then', id: 'Gratis ongkir minimal Rp50.000? Tambah satu barang lagi deh' } },
    { stage: 'st-payment', lane: 'ln-thoughts', text: { en: 'Pay now, or choose COD to be on the safe side?', id: 'Bayar sekarang, atau pilih COD biar aman?' } },
    { stage: 'st-shipping', lane: 'ln-thoughts', text: { en: 'Two days and still “packed”?', id: 'Sudah dua hari kok masih “dikemas”?' } },
    { stage: 'st-after-delivery', lane: 'ln-thoughts', text: { en: "Five stars anyway; it's only a small shop", id: 'Kasih bintang 5 saja, kasihan penjualnya' } },

    { stage: 'st-cart', lane: 'ln-emotions', emotion: 1, text: { en: 'Excited: the item on the wish list is in the flash sale', id: 'Semangat: barang incaran masuk flash sale' } },
    { stage: 'st-checkout', lane: 'ln-emotions', emotion: -1, text: { en: 'Let down: shipping costs more than the discount', id: 'Kecewa: ongkirnya lebih mahal dari diskonnya' } },
    { stage: 'st-payment', lane: 'ln-emotions', emotion: 0, text: { en: 'Rushed: the virtual account expires in an hour', id: 'Buru-buru: VA kedaluwarsa dalam satu jam' } },
    { stage: 'st-shipping', lane: 'ln-emotions', emotion: -1, text: { en: "Worried: tracking hasn't moved for two days", id: 'Waswas: resi tidak bergerak dua hari' } },
    { stage: 'st-delivery', lane: 'ln-emotions', emotion: 2, text: { en: 'Happy: the parcel came a day early', id: 'Senang: paket datang sehari lebih cepat' } },
    { stage: 'st-after-delivery', lane: 'ln-emotions', emotion: -1, text: { en: 'Fed up: wrong size, and returning it is a hassle', id: 'Jengkel: ukurannya salah, retur ribet' } },

    { stage: 'st-checkout', lane: 'ln-pain-points', text: { en: 'Shipping cost only appears at the last step', id: 'Ongkir baru kelihatan di langkah terakhir' } },
    { stage: 'st-shipping', lane: 'ln-pain-points', text: { en: 'Tracking number only works a day after “shipped”', id: 'Resi baru bisa dilacak sehari setelah status “dikirim”' } },
    { stage: 'st-delivery', lane: 'ln-pain-points', text: { en: 'COD parcel goes back when nobody is home with cash', id: 'Paket COD gagal antar karena tidak ada orang di rumah' } },
    { stage: 'st-after-delivery', lane: 'ln-pain-points', text: { en: 'Return refused without an unboxing video', id: 'Retur ditolak karena tidak ada video unboxing' } },

    { stage: 'st-checkout', lane: 'ln-opportunities', text: { en: 'Show the shipping estimate on the product page', id: 'Tampilkan perkiraan ongkir sejak di halaman produk' } },
    { stage: 'st-shipping', lane: 'ln-opportunities', text: { en: 'Notify the buyer when the courier picks the parcel up', id: 'Kirim notifikasi saat paket sudah dijemput kurir' } },
    { stage: 'st-delivery', lane: 'ln-opportunities', text: { en: 'Let COD buyers pick a delivery time or a drop-off point', id: 'Pembeli COD bisa pilih jam antar atau titik titip' } },

    { stage: 'st-checkout', lane: 'ln-metrics', text: { en: 'Carts abandoned at the shipping step', id: 'Keranjang yang ditinggalkan di langkah ongkir' } },
    { stage: 'st-delivery', lane: 'ln-metrics', text: { en: 'Failed COD deliveries per 100 orders', id: 'Pengiriman COD gagal per 100 pesanan' } },
  ],
};
