// The sample maps that ship with Jejak (shared/samples/*.cjm): canonical,
// valid files that show every part of a journey map at work, one English
// current-state map and one Indonesian service blueprint.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANE_KINDS, readCjm, writeCjm, type JourneyMap, type Note } from '../../../../shared/format';

const folder = join(import.meta.dirname, '../../../../shared/samples');
const files = readdirSync(folder).filter((f) => f.endsWith('.cjm')).sort();

function load(file: string): { bytes: Buffer; map: JourneyMap } {
  const bytes = readFileSync(join(folder, file));
  const read = readCjm(new Uint8Array(bytes));
  if (!read.ok) throw new Error(`${file} does not open: ${JSON.stringify(read.problems.slice(0, 3))}`);
  return { bytes, map: read.map };
}

const kindOf = (map: JourneyMap, note: Note) => map.lanes.find((l) => l.id === note.lane)!.kind;
const notesOfKind = (map: JourneyMap, kind: string) => map.notes.filter((n) => kindOf(map, n) === kind);

it('there are samples to check', () => {
  expect(files.length).toBeGreaterThanOrEqual(2);
});

describe.each(files)('%s', (file) => {
  const { bytes, map } = load(file);

  it('reads with zero repairs', () => {
    const read = readCjm(new Uint8Array(bytes));
    expect(read.ok && read.repairs).toEqual([]);
  });

  it('is byte-canonical: writing what was read gives the file’s bytes', () => {
    expect(Buffer.from(new TextEncoder().encode(writeCjm(map))).equals(bytes)).toBe(true);
  });

  it('has 60–120 notes', () => {
    expect(map.notes.length).toBeGreaterThanOrEqual(60);
    expect(map.notes.length).toBeLessThanOrEqual(120);
  });

  it('puts notes in a lane of each of the 12 kinds', () => {
    const used = new Set(map.notes.map((n) => kindOf(map, n)));
    expect([...used].sort()).toEqual([...LANE_KINDS].sort());
  });

  it('has personas, a primary persona, and an emotions lane for each persona', () => {
    expect(map.personas.length).toBeGreaterThanOrEqual(1);
    expect(map.personas.map((p) => p.id)).toContain(map.primaryPersona);
    for (const persona of map.personas) {
      expect(persona.name.length).toBeGreaterThan(0);
      expect(map.lanes.some((l) => l.kind === 'emotions' && l.persona === persona.id)).toBe(true);
    }
  });

  it('has a note with an emotion in every stage of every emotions lane, so each curve is whole', () => {
    for (const lane of map.lanes.filter((l) => l.kind === 'emotions')) {
      for (const stage of map.stages) {
        const felt = map.notes.filter((n) => n.lane === lane.id && n.stage === stage.id && n.emotion !== undefined);
        expect(felt.length, `${lane.id} × ${stage.id}`).toBeGreaterThan(0);
      }
    }
  });

  it('has curves with highs and lows, not a flat line', () => {
    const emotions = new Set(map.notes.map((n) => n.emotion).filter((e) => e !== undefined));
    expect(Math.min(...emotions)).toBeLessThan(0);
    expect(Math.max(...emotions)).toBeGreaterThan(0);
  });

  it('has pain points', () => {
    expect(notesOfKind(map, 'pain-points').length).toBeGreaterThanOrEqual(3);
  });

  it('turns every opportunity into an action: owner, priority and due date', () => {
    const opportunities = notesOfKind(map, 'opportunities');
    expect(opportunities.length).toBeGreaterThanOrEqual(3);
    for (const note of opportunities) {
      expect(note.owner, note.id).toBeTruthy();
      expect(['low', 'medium', 'high'], note.id).toContain(note.priority);
      expect(note.due, note.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(new Set(opportunities.map((n) => n.priority)).size).toBeGreaterThan(1);
  });

  it('gives every note in a metrics lane a metric figure', () => {
    const metrics = notesOfKind(map, 'metrics');
    expect(metrics.length).toBeGreaterThanOrEqual(3);
    for (const note of metrics) {
      expect(note.metric, note.id).toBeDefined();
      expect(note.metric!.name.length).toBeGreaterThan(0);
      expect(Number.isFinite(note.metric!.value)).toBe(true);
    }
  });

  it('marks evidence, each level at least once, with sources, and still names some assumptions', () => {
    const levels = new Set(map.notes.map((n) => n.evidence));
    for (const level of ['assumption', 'observed', 'measured'] as const) expect(levels).toContain(level);
    expect(map.notes.filter((n) => n.source).length).toBeGreaterThanOrEqual(10);
  });

  it('has a goal, a scenario and a review date, as DOMAIN.md’s workshop asks', () => {
    expect(map.goal?.length).toBeGreaterThan(0);
    expect(map.scenario?.length).toBeGreaterThan(0);
    expect(map.reviewBy).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('keeps frontstage before backstage before support', () => {
    const at = (kind: string) => map.lanes.findIndex((l) => l.kind === kind);
    expect(at('frontstage')).toBeLessThan(at('backstage'));
    expect(at('backstage')).toBeLessThan(at('support'));
  });
});

describe('the set of samples', () => {
  const maps = files.map((f) => load(f).map);

  it('includes an English current-state map', () => {
    expect(maps.some((m) => m.locale === 'en' && m.type === 'current-state')).toBe(true);
  });

  it('includes an Indonesian service blueprint', () => {
    expect(maps.some((m) => m.locale === 'id' && m.type === 'service-blueprint')).toBe(true);
  });

  it('names each file by its language', () => {
    files.forEach((file, i) => expect(file.endsWith(`.${maps[i]!.locale}.cjm`)).toBe(true));
  });
});
