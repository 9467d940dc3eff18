export { TEMPLATES } from './catalogue';
export { createMap, type NewMapOptions } from './create';
export type { Template, Bilingual } from './types';
