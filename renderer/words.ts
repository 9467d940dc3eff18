// The interface language of the page: chosen in settings or on the start
// screen, else the system's; separate from a map's content language. One
// small store holds it: components read its words with useWords() and are
// drawn again when it changes, so the whole page speaks the new language at
// once, without a reload; code outside React reads currentLanguage().
import { useSyncExternalStore } from 'react';
import { words, type Language } from '../shared/i18n/languages';
import type { Words } from '../shared/i18n/words';

let language: Language = 'en';
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function setLanguage(next: Language): void {
  // Read through globalThis: the Node tests import page modules without a DOM.
  const root = (globalThis as { document?: { documentElement: { lang: string } } }).document?.documentElement;
  if (root) root.lang = next;
  if (next === language) return;
  language = next;
  for (const listener of [...listeners]) listener();
}

export function currentLanguage(): Language {
  return language;
}

function currentWords(): Words {
  return words(language);
}

/** The interface language, drawn again when it changes. */
export function useLanguage(): Language {
  return useSyncExternalStore(subscribe, currentLanguage);
}

/** Every word of the interface language, drawn again when it changes. */
export function useWords(): Words {
  return useSyncExternalStore(subscribe, currentWords);
}
