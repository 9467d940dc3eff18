// A plain list into notes: how a paper wall typed up after the workshop gets
// in. One note per line; a line that is a stage's name ("Awareness",
// "Awareness:", "# Kesadaran", "**Pertimbangan**") switches to that stage,
// and the lines under it become notes there. Bullets and numbers at the
// start of a line ("- ", "* ", "• ", "1. ", "2) ") are typing, not text.
//
// Where the notes go: the lane the caller names (the lane selected on the
// board), else the first lane that is visible and unlocked. Lines before
// any stage's name go to the stage the caller names, else the first stage:
// a list with no headings at all is one stage's notes. A heading marked
// with "#" that names no stage is listed as a problem with the lines under
// it, rather than pouring them into the previous stage.
import { LIMITS } from '../format/schema';
import type { Id, JourneyMap, Note } from '../format/types';
import { newId as randomId } from '../ids';
import { parseText, TEXT_LIMITS } from './cellValues';
import { NameIndex } from './names';
import { emptyPlan, type ImportPlan } from './types';

export interface PlainListOptions {
  /** The lane every note goes in. */
  lane?: Id;
  /** The stage for lines before the first stage's name. */
  stage?: Id;
  /** Ids for new notes; random by default. */
  newId?: () => string;
}

const BULLET = /^(?:[-*•·–—+]|\d{1,3}[.)])(?:\s+|$)/;
const HEADING = /^#{1,6}\s*/;

export function parsePlainList(text: string, map: JourneyMap, options: PlainListOptions = {}): ImportPlan {
  const plan = emptyPlan('line');
  const lane = options.lane !== undefined ? map.lanes.find((l) => l.id === options.lane) : map.lanes.find((l) => !l.hidden && !l.locked);
  if (!lane) {
    plan.problems.push({ at: 0, reason: { code: 'no-lane' } });
    return plan;
  }
  if (lane.locked) {
    plan.problems.push({ at: 0, reason: { code: 'lane-locked', lane: lane.title } });
    return plan;
  }
  const stages = new NameIndex(map.stages);
  let stage: Id | null = options.stage !== undefined && map.stages.some((s) => s.id === options.stage) ? options.stage : map.stages[0]!.id;
  // An unknown "#" heading: the lines under it are counted, then reported with it.
  let unknown: { at: number; name: string; skipped: number } | null = null;
  const closeUnknown = () => {
    if (unknown) plan.problems.push({ at: unknown.at, reason: { code: 'unknown-heading', name: unknown.name, skipped: unknown.skipped } });
    unknown = null;
  };
  const used = new Set(map.notes.map((n) => n.id));
  const makeId = options.newId ?? (() => randomId('note'));
  let room = LIMITS.maxNotes - map.notes.length;

  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  lines.forEach((raw, i) => {
    const at = i + 1;
    const line = raw.trim();
    if (line === '') return;
    const heading = headingName(line);
    if (heading !== null) {
      const found = stages.find(heading.name);
      if (found.ok) {
        closeUnknown();
        stage = found.item.id;
        return;
      }
      if (heading.marked) {
        closeUnknown();
        unknown = { at, name: heading.name, skipped: 0 };
        stage = null;
        return;
      }
    }
    if (stage === null) {
      if (unknown) unknown.skipped++;
      return;
    }
    const body = parseText(line.replace(BULLET, ''), TEXT_LIMITS.text);
    if (!body.ok) {
      plan.problems.push({ at, column: 'text', reason: { code: 'invalid', field: 'text', found: line } });
      return;
    }
    if (body.value === '') return;
    if (room <= 0) {
      plan.problems.push({ at, reason: { code: 'map-full', limit: LIMITS.maxNotes } });
      return;
    }
    let id = makeId();
    while (used.has(id)) id = makeId();
    used.add(id);
    room--;
    const note: Note = { id, lane: lane.id, stage, text: body.value };
    plan.additions.push({ at, note });
  });
  closeUnknown();
  return plan;
}

/**
 * The stage name a line may be: the line itself, less a "#" heading mark,
 * Markdown bold and a colon at the end. `marked`: the line says it is a
 * heading, so if no stage has that name it is not a note either.
 */
export function headingName(line: string): { name: string; marked: boolean } | null {
  let name = line;
  let marked = false;
  if (HEADING.test(name)) {
    name = name.replace(HEADING, '').replace(/\s*#+$/, '');
    marked = true;
  }
  const bold = /^(\*\*|__)(.+)\1$/.exec(name);
  if (bold) name = bold[2]!;
  name = name.replace(/\s*:$/, '').trim();
  return name === '' ? null : { name, marked };
}
