// The interface languages as a select's options, each named in itself
// ("English", "Bahasa Indonesia") so that whoever reads it finds their own.
import { LANGUAGES, words } from '../../shared/i18n/languages';

export function LanguageOptions() {
  return (
    <>
      {LANGUAGES.map((language) => (
        <option key={language} value={language}>
          {words(language).language.name}
        </option>
      ))}
    </>
  );
}
