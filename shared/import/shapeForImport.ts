// A new map made from an import (`jejak import SHEET --new OUT`): the
// template gives the map its type, language and lanes; the file gives the
// stages (and, for a sheet, the lanes) it names, in the order it names them,
// so the notes land in the workshop's own columns rather than in a
// template's. Names are cut to the format's title length and the count to
// its limits (the rows that name the rest are then reported by the import);
// a file that names no stage or lane keeps the template's.
import { LIMITS } from '../format/schema';
import { LANE_KINDS, type JourneyMap, type Lane, type LaneKind, type Stage } from '../format/types';
import type { ImportSource } from '../host/host';
import { LANGUAGES, words } from '../i18n/languages';
import { newId } from '../ids';
import { matchColumns } from './columns';
import { normaliseName } from './names';
import { headingName } from './plainList';

/** Stage and lane titles: at most 100 characters (docs/format.md). */
const TITLE_LIMIT = 100;

const cut = (title: string) => Array.from(title).slice(0, TITLE_LIMIT).join('');

export function shapeForImport(template: JourneyMap, source: Exclude<ImportSource, { kind: 'unreadable' }>): JourneyMap {
  if (source.kind === 'list') {
    const stages = distinct(
      source.text
        .replace(/^\uFEFF/, '')
        .split(/\r\n|\r|\n/)
        .map((line) => headingName(line.trim()))
        .filter((heading) => heading !== null && heading.marked)
        .map((heading) => heading!.name),
    );
    return stages.length === 0 ? template : { ...template, stages: stages.slice(0, LIMITS.maxStages).map((title): Stage => ({ id: newId('stage'), title })) };
  }
  const { columns } = matchColumns(source.headers);
  const cell = (row: Record<string, string>, column: 'stage' | 'lane' | 'laneKind') => {
    const header = columns.get(column);
    return header === undefined ? '' : (row[header] ?? '').trim();
  };
  const stages = distinct(source.rows.map((r) => cell(r.cells, 'stage')));
  const lanes = new Map<string, { title: string; kind: LaneKind }>();
  for (const { cells } of source.rows) {
    const title = cell(cells, 'lane');
    if (title !== '' && !lanes.has(normaliseName(title))) lanes.set(normaliseName(title), { title: cut(title), kind: kindNamed(cell(cells, 'laneKind')) });
  }
  return {
    ...template,
    stages: stages.length === 0 ? template.stages : stages.slice(0, LIMITS.maxStages).map((title): Stage => ({ id: newId('stage'), title })),
    lanes: lanes.size === 0 ? template.lanes : [...lanes.values()].slice(0, LIMITS.maxLanes).map(({ title, kind }): Lane => ({ id: newId('lane'), kind, title })),
  };
}

/** Non-empty names, first appearance kept, compared as the import compares them. */
function distinct(names: string[]): string[] {
  const seen = new Map<string, string>();
  for (const name of names) if (name !== '' && !seen.has(normaliseName(name))) seen.set(normaliseName(name), cut(name));
  return [...seen.values()];
}

/** A lane kind by its key ("pain-points") or its name in either language ("Poin hambatan"); a plain text lane otherwise. */
function kindNamed(text: string): LaneKind {
  const wanted = normaliseName(text);
  for (const kind of LANE_KINDS) {
    if (normaliseName(kind) === wanted) return kind;
    for (const language of LANGUAGES) if (normaliseName(words(language).laneKinds[kind]) === wanted) return kind;
  }
  return 'text';
}
