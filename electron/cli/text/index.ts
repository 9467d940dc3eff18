import type { Language } from '../../../shared/i18n/language';
import type { CliText } from './catalogue';
import { en } from './en';
import { id } from './id';

export const CLI_TEXT: Record<Language, CliText> = { en, id };
export * from './catalogue';
