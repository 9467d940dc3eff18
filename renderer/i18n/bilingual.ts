// A feature's words in both languages, kept beside each other in one file
// (renderer/i18n/features/): the Indonesian must have exactly the English
// keys, which the compiler checks here and interfaceLanguages.test.ts again.
export type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };

export function bilingual<T>(en: T, id: DeepStrings<T>): { en: T; id: DeepStrings<T> } {
  return { en, id };
}
