// The inspector's fields on a selection of notes: colour, emotion, votes,
// tags, evidence and its source, owner, priority, due date, metric, hidden.
// Each is checked by docs/format.md's rule; null (or the default) removes the key.
import { describe, expect, it } from 'vitest';
import { writeCjm } from '../../../../shared/format';
import { ops } from '../../../../shared/ops';
import { addNotes, expectRefused, historyOf, L, note, ok, S } from './fixtures';

function selection() {
  const h = historyOf();
  addNotes(h, L.emotions, S.consideration, ['e1', 'e2']);
  addNotes(h, L.opportunities, S.retention, ['o1']);
  return h;
}
const notesFile = (h: ReturnType<typeof historyOf>) => writeCjm(h.current);

describe('colour', () => {
  it('recolours a selection and returns it to the lane colour with null', () => {
    const h = selection();
    const plain = notesFile(h);
    ok(h, ops.recolourNotes, { ids: ['e1', 'o1'], value: '#FFD54F' });
    expect([note(h.current, 'e1').color, note(h.current, 'e2').color, note(h.current, 'o1').color]).toEqual(['#FFD54F', undefined, '#FFD54F']);
    ok(h, ops.recolourNotes, { ids: ['e1', 'o1'], value: null });
    expect(notesFile(h)).toBe(plain);
  });

  it('refuses a colour that is not #RRGGBB, and an unknown note', () => {
    const h = selection();
    expectRefused(h, ops.recolourNotes, { ids: ['e1'], value: 'yellow' }, { code: 'invalid', field: 'color' });
    expectRefused(h, ops.recolourNotes, { ids: ['e1', 'ghost'], value: '#000000' }, { code: 'not-found', collection: 'notes', id: 'ghost' });
  });
});

describe('emotion', () => {
  it.each([-2, -1, 0, 1, 2] as const)('sets %i and writes it (0 too: neutral is not absent)', (value) => {
    const h = selection();
    ok(h, ops.setEmotion, { ids: ['e1', 'e2'], value });
    expect(note(h.current, 'e2').emotion).toBe(value);
    expect(notesFile(h)).toContain(`"emotion": ${value}`);
  });

  it('clears with null', () => {
    const h = selection();
    ok(h, ops.setEmotion, { ids: ['e1'], value: 2 });
    ok(h, ops.setEmotion, { ids: ['e1'], value: null });
    expect('emotion' in note(h.current, 'e1')).toBe(false);
  });

  it.each([3, -3, 1.5, Number.NaN])('refuses %d', (value) => {
    expectRefused(selection(), ops.setEmotion, { ids: ['e1'], value: value as never }, { code: 'invalid', field: 'emotion' });
  });
});

describe('votes', () => {
  it('counts 0–9,999 votes; 0 is the default and leaves the file', () => {
    const h = selection();
    ok(h, ops.setVotes, { ids: ['o1'], value: 9999 });
    expect(note(h.current, 'o1').votes).toBe(9999);
    ok(h, ops.setVotes, { ids: ['o1'], value: 0 });
    expect('votes' in note(h.current, 'o1')).toBe(false);
  });

  it.each([-1, 10_000, 2.5])('refuses %d votes', (value) => {
    expectRefused(selection(), ops.setVotes, { ids: ['o1'], value }, { code: 'invalid', field: 'votes' });
  });
});

describe('tags', () => {
  it('takes up to 20 distinct tags of 1–40 characters; an empty list leaves the file', () => {
    const h = selection();
    const twenty = Array.from({ length: 20 }, (_, i) => `tag-${i}`);
    ok(h, ops.setTags, { ids: ['e1', 'e2'], value: twenty });
    expect(note(h.current, 'e2').tags).toEqual(twenty);
    ok(h, ops.setTags, { ids: ['e1'], value: ['🛒 checkout', 'x'.repeat(40)] });
    ok(h, ops.setTags, { ids: ['e1', 'e2'], value: [] });
    expect(notesFile(h)).not.toContain('"tags"');
  });

  it('refuses 21 tags, a repeated tag, an empty tag and one of 41 characters', () => {
    const h = selection();
    expectRefused(h, ops.setTags, { ids: ['e1'], value: Array.from({ length: 21 }, (_, i) => `t${i}`) }, { code: 'invalid', field: 'tags' });
    expectRefused(h, ops.setTags, { ids: ['e1'], value: ['harga', 'harga'] }, { code: 'invalid', field: 'tags' });
    expectRefused(h, ops.setTags, { ids: ['e1'], value: [''] }, { code: 'invalid', field: 'tags' });
    expectRefused(h, ops.setTags, { ids: ['e1'], value: ['x'.repeat(41)] }, { code: 'invalid', field: 'tags' });
  });
});

describe('evidence and its source', () => {
  it('marks evidence with a source, changes the level alone, and clears both', () => {
    const h = selection();
    ok(h, ops.setEvidence, { ids: ['e1', 'e2'], evidence: 'observed', source: 'Wawancara pelanggan, Okt 2026' });
    expect(note(h.current, 'e1')).toMatchObject({ evidence: 'observed', source: 'Wawancara pelanggan, Okt 2026' });
    ok(h, ops.setEvidence, { ids: ['e1'], evidence: 'measured' });
    expect(note(h.current, 'e1')).toMatchObject({ evidence: 'measured', source: 'Wawancara pelanggan, Okt 2026' });
    ok(h, ops.setEvidence, { ids: ['e1', 'e2'], evidence: null, source: null });
    expect(note(h.current, 'e1')).not.toHaveProperty('evidence');
    expect(note(h.current, 'e2')).not.toHaveProperty('source');
  });

  it('marks an assumption', () => {
    const h = selection();
    ok(h, ops.setEvidence, { ids: ['e2'], evidence: 'assumption' });
    expect(note(h.current, 'e2').evidence).toBe('assumption');
  });

  it('refuses an unknown level and a source of 501 characters', () => {
    const h = selection();
    expectRefused(h, ops.setEvidence, { ids: ['e1'], evidence: 'rumour' as never }, { code: 'invalid', field: 'evidence' });
    expectRefused(h, ops.setEvidence, { ids: ['e1'], evidence: 'observed', source: 's'.repeat(501) }, { code: 'invalid', field: 'source' });
  });
});

describe('owner, priority and due date (an opportunity becomes an action)', () => {
  it('sets all three and clears them with null', () => {
    const h = selection();
    ok(h, ops.setOwner, { ids: ['o1'], value: 'Tim Customer Success' });
    ok(h, ops.setPriority, { ids: ['o1'], value: 'high' });
    ok(h, ops.setDue, { ids: ['o1'], value: '2027-01-31' });
    expect(note(h.current, 'o1')).toMatchObject({ owner: 'Tim Customer Success', priority: 'high', due: '2027-01-31' });
    for (const op of [ops.setOwner, ops.setPriority, ops.setDue]) ok(h, op, { ids: ['o1'], value: null });
    expect(Object.keys(note(h.current, 'o1'))).toEqual(['id', 'lane', 'stage', 'text']);
  });

  it('refuses an owner of 101 characters, an unknown priority and a bad date', () => {
    const h = selection();
    expectRefused(h, ops.setOwner, { ids: ['o1'], value: 'o'.repeat(101) }, { code: 'invalid', field: 'owner' });
    expectRefused(h, ops.setPriority, { ids: ['o1'], value: 'urgent' as never }, { code: 'invalid', field: 'priority' });
    expectRefused(h, ops.setDue, { ids: ['o1'], value: '2027-04-31' }, { code: 'invalid', field: 'due' });
    expectRefused(h, ops.setDue, { ids: ['o1'], value: '31/01/2027' }, { code: 'invalid', field: 'due' });
  });
});

describe('metric', () => {
  it('sets a metric (name, value, optional unit) and clears it', () => {
    const h = selection();
    ok(h, ops.setMetric, { ids: ['o1'], value: { name: 'NPS', value: 32 } });
    ok(h, ops.setMetric, { ids: ['e1'], value: { name: 'Drop-off di form', value: 0.42, unit: '%' } });
    expect(note(h.current, 'e1').metric).toEqual({ name: 'Drop-off di form', value: 0.42, unit: '%' });
    expect(notesFile(h)).toContain('"metric": {\n        "name": "NPS",\n        "value": 32\n      }');
    ok(h, ops.setMetric, { ids: ['o1', 'e1'], value: null });
    expect(notesFile(h)).not.toContain('"metric"');
  });

  it('refuses a metric without a name, with a value that is not finite, or a unit of 17 characters', () => {
    const h = selection();
    expectRefused(h, ops.setMetric, { ids: ['o1'], value: { name: '', value: 1 } }, { code: 'invalid', field: 'name' });
    expectRefused(h, ops.setMetric, { ids: ['o1'], value: { name: 'CSAT', value: Number.POSITIVE_INFINITY } }, { code: 'invalid', field: 'value' });
    expectRefused(h, ops.setMetric, { ids: ['o1'], value: { name: 'CSAT', value: Number.NaN } }, { code: 'invalid', field: 'value' });
    expectRefused(h, ops.setMetric, { ids: ['o1'], value: { name: 'CSAT', value: 4, unit: 'u'.repeat(17) } }, { code: 'invalid', field: 'unit' });
    expectRefused(h, ops.setMetric, { ids: ['o1'], value: 'NPS 32' as never }, { code: 'invalid' });
  });

  it('checks a metric given when the note is added', () => {
    const h = selection();
    expectRefused(h, ops.addNote, { id: 'm', lane: L.metrics, stage: S.purchase, fields: { metric: { name: 'CES', value: Number.NaN } } }, { code: 'invalid', field: 'value' });
  });
});

describe('a field edit over a selection', () => {
  it('is refused as a whole when one note of it is unknown: no note changes', () => {
    const h = selection();
    expectRefused(h, ops.setPriority, { ids: ['o1', 'e1', 'ghost'], value: 'low' }, { code: 'not-found', id: 'ghost' });
  });
});
