// Fakta bahasa Indonesia sendiri (lihat en/language.ts).
import type { Words } from '../words';

export const language: Words['language'] = {
  name: 'Bahasa Indonesia',
  locale: 'id-ID',
  dateOrder: 'dmy',
  // hari/bulan/tahun.
  datePattern: 'hh/bb/tttt',
  // "in" is Java's old code for Indonesian, still found in some locales (in_ID).
  prefixes: ['id', 'in'],
};
