// The map's own fields (title, type, locale, goal, scenario, reviewBy,
// primaryPersona, extensions): changed on one side, that side's; changed on
// both to one value, that value; changed differently, a conflict settled
// provisionally by mine and then by the user's choice.
import { describe, expect, it } from 'vitest';
import { writeCjm } from '../../../../shared/format';
import { mergeMaps, resolveConflicts } from '../../../../shared/merge';
import { ops } from '../../../../shared/ops';
import { primaryPersonaInFile } from '../../../support/fileSays';
import { expectClean, none, ok, threeMaps } from './fixtures';

describe('the map’s own fields', () => {
  it('take the change of the side that made one', () => {
    const { base, mine, theirs } = threeMaps(
      (h) => ok(h, ops.setTitle, { title: 'Onboarding, mine' }),
      (h) => {
        ok(h, ops.setGoal, { goal: 'Fewer drop-outs' });
        ok(h, ops.setReviewBy, { reviewBy: '2027-01-31' });
        ok(h, ops.setType, { type: 'future-state' });
      },
    );
    const result = mergeMaps(base, mine, theirs);
    expect(result.map).toMatchObject({ title: 'Onboarding, mine', goal: 'Fewer drop-outs', reviewBy: '2027-01-31', type: 'future-state' });
    expect(result.conflicts).toEqual([]);
    expectClean(result);
  });

  it('take a change both sides made alike, without a conflict', () => {
    const { base, mine, theirs } = threeMaps((h) => ok(h, ops.setScenario, { scenario: 'At the airport' }), (h) => ok(h, ops.setScenario, { scenario: 'At the airport' }));
    const result = mergeMaps(base, mine, theirs);
    expect(result.map.scenario).toBe('At the airport');
    expect(result.conflicts).toEqual([]);
  });

  it('report a conflict when both changed a field differently, mine until the user chooses', () => {
    const { base, mine, theirs } = threeMaps((h) => ok(h, ops.setTitle, { title: 'Mine' }), (h) => ok(h, ops.setTitle, { title: 'Theirs' }));
    const result = mergeMaps(base, mine, theirs);
    expect(result.conflicts).toEqual([
      { key: 'map/title', id: 'map-merge', collection: 'map', field: 'title', path: 'title', base: base.title, mine: 'Mine', theirs: 'Theirs', resolution: 'mine' },
    ]);
    expect(result.map.title).toBe('Mine');
    expectClean(result);

    const chosen = resolveConflicts(result, { 'map/title': 'theirs' });
    expect(chosen.map.title).toBe('Theirs');
    expect(chosen.conflicts[0]!.resolution).toBe('theirs');
    expect(resolveConflicts(result, () => 'theirs').map.title).toBe('Theirs');
    expect(resolveConflicts(chosen, {}).map.title).toBe('Theirs');
    expect(mergeMaps(base, mine, theirs, { prefer: 'theirs' }).map.title).toBe('Theirs');
  });

  it('count clearing a field as a change: cleared against edited is a conflict', () => {
    const { base, mine, theirs } = threeMaps(
      (h) => ok(h, ops.setGoal, { goal: '' }),
      (h) => ok(h, ops.setGoal, { goal: 'Sharper goal' }),
      { setup: (h) => ok(h, ops.setGoal, { goal: 'A goal' }) },
    );
    const result = mergeMaps(base, mine, theirs);
    expect(result.conflicts).toMatchObject([{ field: 'goal', base: 'A goal', mine: undefined, theirs: 'Sharper goal' }]);
    expect(result.map.goal).toBeUndefined();
    expect(resolveConflicts(result, 'theirs').map.goal).toBe('Sharper goal');
  });

  it('merge conflicting type, locale, review date and primary persona each on its own', () => {
    const { base, mine, theirs } = threeMaps(
      (h) => {
        ok(h, ops.setType, { type: 'future-state' });
        ok(h, ops.setLocale, { locale: 'id' });
        ok(h, ops.setReviewBy, { reviewBy: '2027-02-01' });
        expect(primaryPersonaInFile(h, 'ps-a').ok).toBe(true);
      },
      (h) => {
        ok(h, ops.setType, { type: 'service-blueprint' });
        ok(h, ops.setLocale, { locale: 'en-GB' });
        ok(h, ops.setReviewBy, { reviewBy: '2027-03-01' });
        expect(primaryPersonaInFile(h, 'ps-b').ok).toBe(true);
      },
      { setup: (h) => [['ps-a', 'Ana'], ['ps-b', 'Bo']].forEach(([id, name]) => ok(h, ops.addPersona, { id: id!, name: name! })) },
    );
    const result = mergeMaps(base, mine, theirs);
    expect(result.conflicts.map((c) => c.field)).toEqual(['type', 'locale', 'reviewBy', 'primaryPersona']);
    expect(result.map).toMatchObject({ type: 'future-state', locale: 'id', reviewBy: '2027-02-01', primaryPersona: 'ps-a' });
    const picked = resolveConflicts(result, { 'map/locale': 'theirs', 'map/reviewBy': 'theirs' });
    expect(picked.map).toMatchObject({ type: 'future-state', locale: 'en-GB', reviewBy: '2027-03-01', primaryPersona: 'ps-a' });
    expectClean(picked);
  });

  it('merge extensions key by key, in theirs’ order', () => {
    const { base, mine, theirs } = threeMaps(none, none);
    const b = { ...base, 'x-tool': { v: 1 }, 'x-shared': 'same' };
    const m = { ...b, 'x-tool': { v: 2 }, 'x-mine': true };
    const t = { ...b, 'x-theirs': [1, 2], 'x-shared': 'changed' };
    const result = mergeMaps(b, { ...mine, ...m }, { ...theirs, ...t });
    expect(Object.keys(result.map).filter((k) => k.startsWith('x-'))).toEqual(['x-tool', 'x-shared', 'x-theirs', 'x-mine']);
    expect(result.map).toMatchObject({ 'x-tool': { v: 2 }, 'x-shared': 'changed', 'x-theirs': [1, 2], 'x-mine': true });

    const both = mergeMaps(b, { ...b, 'x-tool': { v: 2 } }, { ...b, 'x-tool': { v: 3 } });
    expect(both.conflicts).toMatchObject([{ key: 'map/x-tool', field: 'x-tool', path: '["x-tool"]', base: { v: 1 }, mine: { v: 2 }, theirs: { v: 3 } }]);
  });

  it('keep the later of two last-changed times, and never change its inputs', () => {
    const { base } = threeMaps(none, none);
    const mine = { ...base, updatedAt: '2026-11-24T10:00:00+07:00' };
    const theirs = { ...base, updatedAt: '2026-11-24T04:00:00Z' };
    const before = [base, mine, theirs].map(writeCjm);
    expect(mergeMaps(base, mine, theirs).map.updatedAt).toBe('2026-11-24T04:00:00Z');
    expect([base, mine, theirs].map(writeCjm)).toEqual(before);
  });
});
