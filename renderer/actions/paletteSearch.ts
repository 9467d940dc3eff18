// What the palette finds for what was typed: names and search words of every
// action, in the interface language first and then in the others (a
// facilitator typing "simpan" in an English window still finds Save). Names
// that start with the words come first, then names that have them, then
// search words, then the other languages; registry order within each.
import { ACTION_IDS, actionWords, type ActionId } from '../../shared/actions/registry';
import { LANGUAGES, type Language } from '../../shared/i18n/languages';

/** Lower case, without accents and with straight quotes, so "cafe" finds "café". */
function plain(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[‘’]/g, "'").toLocaleLowerCase().trim();
}

function rank(id: ActionId, query: string, language: Language): number | null {
  const own = actionWords(id, language);
  const others = LANGUAGES.filter((l) => l !== language).map((l) => actionWords(id, l));
  const name = plain(own.name);
  if (name.startsWith(query)) return 0;
  if (name.includes(query)) return 1;
  const has = (list: readonly string[] | undefined) => (list ?? []).some((w) => plain(w).includes(query));
  if (has(own.search)) return 2;
  if (others.some((words) => plain(words.name).includes(query))) return 3;
  if (others.some((words) => has(words.search))) return 4;
  // Every typed word somewhere in the action's words, in any order ("note add").
  const every = [own, ...others];
  const all = plain([...every.map((words) => words.name), ...every.flatMap((words) => words.search ?? [])].join(' '));
  return query.split(/\s+/).every((part) => all.includes(part)) ? 5 : null;
}

export function searchActions(typed: string, language: Language): ActionId[] {
  const query = plain(typed);
  const ids: ActionId[] = ACTION_IDS.filter((id) => id !== 'palette');
  if (query === '') return ids;
  return ids
    .map((id) => ({ id, rank: rank(id, query, language) }))
    .filter((found): found is { id: ActionId; rank: number } => found.rank !== null)
    .sort((a, b) => a.rank - b.rank)
    .map((found) => found.id);
}
