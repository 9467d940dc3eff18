// What the inspector shows for several notes: the value they share, compared
// as data (two notes tagged "pricing" share it though their lists are not the
// same object), or "mixed", never one note's value or a default; and the
// reasons a panel is read-only, each said once.
import { describe, expect, it } from 'vitest';
import type { Note } from '../../../shared/format/types';
import { MIXED, sharedValue } from '../../../renderer/panels/sharedValue';
import { lockedProps, reasonsOf } from '../../../renderer/panels/lockedReasons';

const note = (id: string, fields: Partial<Note> = {}): Note => ({ id, lane: 'ln-a', stage: 'st-a', text: id, ...fields });

describe('a value several notes share', () => {
  it('is theirs when they agree, lists and metrics compared as data', () => {
    expect(sharedValue([note('a', { tags: ['pricing'] }), note('b', { tags: ['pricing'] })], 'tags')).toEqual(['pricing']);
    const metric = { name: 'Drop-off', value: 41, unit: '%' };
    expect(sharedValue([note('a', { metric }), note('b', { metric: { ...metric } })], 'metric')).toEqual(metric);
    expect(sharedValue([note('a'), note('b')], 'votes')).toBeUndefined();
  });

  it('is mixed when they differ, even when one has none', () => {
    expect(sharedValue([note('a', { votes: 8 }), note('b', { votes: 6 })], 'votes')).toBe(MIXED);
    expect(sharedValue([note('a', { votes: 8 }), note('b')], 'votes')).toBe(MIXED);
    expect(sharedValue([note('a', { tags: ['pricing'] }), note('b', { tags: ['pricing', 'security'] })], 'tags')).toBe(MIXED);
  });
});

describe('a read-only panel', () => {
  it('says each reason once, in order, and each control carries its own', () => {
    expect(reasonsOf([null, 'Review mode is on', null, 'Review mode is on'])).toEqual(['Review mode is on']);
    expect(reasonsOf([null, null])).toEqual([]);
    expect(lockedProps('Review mode is on')).toEqual({ disabled: true, title: 'Review mode is on' });
    expect(lockedProps(null)).toEqual({ disabled: false });
  });
});
