// Where a captured note goes, from a few typed letters: "aw pa" is
// Awareness × Pain points, "kes hamb" is Kesadaran × Poin hambatan. Each typed
// word is the start of a word of the title, in order ("dec app" for
// "Decision & approval"); case and diacritics do not matter; the titles are
// matched just as they are written in the map, in whatever language it is.
// The stage comes first, then the lane; a "/" (or "," "|" "×" "·") between
// them settles an unclear split. Only a stage ("aw") or only a lane
// ("/ pa") keeps the other from the default cell. Pure: no DOM, no React.

export interface Titled {
  id: string;
  title: string;
}

export type PartMatch = { kind: 'one'; item: Titled } | { kind: 'none' } | { kind: 'many'; items: Titled[] };

export type WhereMatch =
  /** Nothing typed: the default cell. */
  | { kind: 'empty' }
  /** A place; a null part keeps the default cell's stage or lane. */
  | { kind: 'cell'; stage: Titled | null; lane: Titled | null }
  /** One part names no stage (or lane), or several. */
  | { kind: 'problem'; part: 'stage' | 'lane'; typed: string; match: Exclude<PartMatch, { kind: 'one' }> }
  /** The words can be split into a stage and a lane in more than one way. */
  | { kind: 'ambiguous'; typed: string; cells: { stage: Titled; lane: Titled }[] };

/** Lower case, accents off ("Pérez" → "perez"), so "kes" finds "Kesadaran" and "Kesádaran". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en');
}

function words(title: string): string[] {
  return fold(title).split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
}

/** Whether each token starts a word of the title, in order (earliest first, which finds a match if any exists). */
function fits(tokens: readonly string[], title: string): boolean {
  const ws = words(title);
  let at = 0;
  for (const token of tokens) {
    while (at < ws.length && !ws[at]!.startsWith(token)) at++;
    if (at === ws.length) return false;
    at++;
  }
  return true;
}

/** The items whose titles the tokens fit; among several, the exact title, else the one whose first word the first token starts. */
function matchPart(tokens: readonly string[], items: readonly Titled[]): PartMatch {
  const found = items.filter((item) => fits(tokens, item.title));
  if (found.length === 0) return { kind: 'none' };
  if (found.length === 1) return { kind: 'one', item: found[0]! };
  const typed = tokens.join(' ');
  const exact = found.filter((item) => words(item.title).join(' ') === typed);
  if (exact.length === 1) return { kind: 'one', item: exact[0]! };
  const leading = found.filter((item) => words(item.title)[0]?.startsWith(tokens[0]!));
  if (leading.length === 1) return { kind: 'one', item: leading[0]! };
  return { kind: 'many', items: found };
}

const SPLIT = /\s*[/|,×·]\s*/;

function tokensOf(text: string): { folded: string[]; typed: string[] } {
  const typed = text.split(/\s+/).filter((t) => t !== '');
  return { typed, folded: typed.map(fold) };
}

function problem(part: 'stage' | 'lane', typed: readonly string[], match: PartMatch): WhereMatch {
  if (match.kind === 'one') throw new Error('not a problem');
  return { kind: 'problem', part, typed: typed.join(' '), match };
}

export function matchWhere(text: string, stages: readonly Titled[], lanes: readonly Titled[]): WhereMatch {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };

  // "stage / lane": the split is given.
  const split = SPLIT.exec(trimmed);
  if (split) {
    const stagePart = tokensOf(trimmed.slice(0, split.index));
    const lanePart = tokensOf(trimmed.slice(split.index + split[0].length));
    const stage = stagePart.folded.length > 0 ? matchPart(stagePart.folded, stages) : null;
    const lane = lanePart.folded.length > 0 ? matchPart(lanePart.folded, lanes) : null;
    if (stage && stage.kind !== 'one') return problem('stage', stagePart.typed, stage);
    if (lane && lane.kind !== 'one') return problem('lane', lanePart.typed, lane);
    if (!stage && !lane) return { kind: 'empty' };
    return { kind: 'cell', stage: stage?.item ?? null, lane: lane?.item ?? null };
  }

  const { folded, typed } = tokensOf(trimmed);
  if (folded.length === 1) {
    const stage = matchPart(folded, stages);
    if (stage.kind === 'one') return { kind: 'cell', stage: stage.item, lane: null };
    const lane = matchPart(folded, lanes);
    if (stage.kind === 'none' && lane.kind === 'one') return { kind: 'cell', stage: null, lane: lane.item };
    if (stage.kind === 'none' && lane.kind === 'many') return problem('lane', typed, lane);
    return problem('stage', typed, stage);
  }

  // Every way of splitting the words into a stage (first) and a lane (after).
  const tries: { stage: PartMatch; lane: PartMatch; at: number }[] = [];
  for (let at = 1; at < folded.length; at++) {
    tries.push({ at, stage: matchPart(folded.slice(0, at), stages), lane: matchPart(folded.slice(at), lanes) });
  }
  const cells = new Map<string, { stage: Titled; lane: Titled }>();
  for (const t of tries) {
    if (t.stage.kind === 'one' && t.lane.kind === 'one') cells.set(`${t.stage.item.id}\u0000${t.lane.item.id}`, { stage: t.stage.item, lane: t.lane.item });
  }
  if (cells.size === 1) {
    const [cell] = cells.values();
    return { kind: 'cell', ...cell! };
  }
  if (cells.size > 1) return { kind: 'ambiguous', typed: trimmed, cells: [...cells.values()] };

  // All the words may name only a stage ("decision approval") or only a lane ("pain points").
  const wholeStage = matchPart(folded, stages);
  if (wholeStage.kind === 'one') return { kind: 'cell', stage: wholeStage.item, lane: null };
  const wholeLane = matchPart(folded, lanes);
  if (wholeLane.kind === 'one') return { kind: 'cell', stage: null, lane: wholeLane.item };

  // Say what is wrong with the likeliest reading: a stage that was found, and its lane that was not.
  const stageFound = tries.find((t) => t.stage.kind === 'one');
  if (stageFound) return problem('lane', typed.slice(stageFound.at), stageFound.lane);
  const laneFound = tries.find((t) => t.lane.kind === 'one');
  if (laneFound) return problem('stage', typed.slice(0, laneFound.at), laneFound.stage);
  return problem('stage', typed.slice(0, 1), tries[0]!.stage);
}
