// What the palette finds for what was typed: names and search words of every
// action, in the interface language first and then in the others (a
// facilitator typing "simpan" in an English window still finds Save). A
// search word typed whole says what the person wants more surely than the
// same letters inside a longer name ("suara" is Dot voting's word, and only
// one item of the Filter's list), so in each language: names that start with
// the words, then whole search words, then names that have them, then parts
// of search words; the interface language before the others; registry order
// within each.
import type { ActionWords } from '../../shared/actions/action';
import { ACTION_IDS, actionWords, type ActionId } from '../../shared/actions/registry';
import { LANGUAGES, type Language } from '../../shared/i18n/languages';

/** Lower case, without accents and with straight quotes, so "cafe" finds "café". */
function plain(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[‘’]/g, "'").toLocaleLowerCase().trim();
}

function rankIn(words: ActionWords, query: string): number | null {
  const name = plain(words.name);
  const search = (words.search ?? []).map(plain);
  if (name.startsWith(query)) return 0;
  if (search.includes(query)) return 1;
  if (name.includes(query)) return 2;
  if (search.some((w) => w.includes(query))) return 3;
  return null;
}

const TIERS = 4;

function rank(id: ActionId, query: string, language: Language): number | null {
  const own = actionWords(id, language);
  const others = LANGUAGES.filter((l) => l !== language).map((l) => actionWords(id, l));
  const mine = rankIn(own, query);
  if (mine !== null) return mine;
  const theirs = others.map((words) => rankIn(words, query)).filter((r): r is number => r !== null);
  if (theirs.length > 0) return TIERS + Math.min(...theirs);
  // Every typed word somewhere in the action's words, in any order ("note add").
  const every = [own, ...others];
  const all = plain([...every.map((words) => words.name), ...every.flatMap((words) => words.search ?? [])].join(' '));
  return query.split(/\s+/).every((part) => all.includes(part)) ? 2 * TIERS : null;
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
