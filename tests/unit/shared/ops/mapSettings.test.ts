// The map as a whole: title, goal, scenario, type, content language and
// review date. Each setting is checked by docs/format.md's rule and
// a setting back at its default leaves the key out of the file.
import { describe, expect, it } from 'vitest';
import { writeCjm } from '../../../../shared/format';
import { ops } from '../../../../shared/ops';
import { expectRefused, historyOf, ok } from './fixtures';

describe('map title', () => {
  it('takes any title of 1–200 characters, counting an emoji as one', () => {
    const h = historyOf();
    ok(h, ops.setTitle, { title: 'Perjalanan pelanggan: checkout' });
    expect(h.current.title).toBe('Perjalanan pelanggan: checkout');
    ok(h, ops.setTitle, { title: '😊'.repeat(200) });
    expect(h.current.title).toBe('😊'.repeat(200));
  });

  it('refuses 201 characters, an empty title and one of spaces only, naming the field', () => {
    const h = historyOf();
    expectRefused(h, ops.setTitle, { title: 'a'.repeat(201) }, { code: 'invalid', field: 'title', found: { kind: 'text', value: 'a'.repeat(60), length: 201 } });
    expectRefused(h, ops.setTitle, { title: '' }, { code: 'invalid', field: 'title' });
    expectRefused(h, ops.setTitle, { title: '   \t ' }, { code: 'invalid', field: 'title' });
  });

  it('counts 200 characters after trimming, as a reader does', () => {
    const h = historyOf();
    ok(h, ops.setTitle, { title: `  ${'b'.repeat(200)}  ` });
    expect(h.current.title.trim()).toHaveLength(200);
  });
});

describe('goal and scenario', () => {
  it('set and clear (an empty goal or scenario is left out of the file)', () => {
    const h = historyOf();
    ok(h, ops.setGoal, { goal: 'Kurangi keranjang yang ditinggalkan' });
    ok(h, ops.setScenario, { scenario: 'Budi membandingkan tiga vendor' });
    expect(h.current).toMatchObject({ goal: 'Kurangi keranjang yang ditinggalkan', scenario: 'Budi membandingkan tiga vendor' });
    expect(writeCjm(h.current)).toContain('"goal": "Kurangi');
    ok(h, ops.setGoal, { goal: '' });
    ok(h, ops.setScenario, { scenario: '' });
    expect('goal' in h.current).toBe(false);
    expect('scenario' in h.current).toBe(false);
    expect(writeCjm(h.current)).not.toContain('"goal"');
  });

  it('take 2,000 and 5,000 characters, and refuse one more', () => {
    const h = historyOf();
    ok(h, ops.setGoal, { goal: 'g'.repeat(2000) });
    ok(h, ops.setScenario, { scenario: 's'.repeat(5000) });
    expectRefused(h, ops.setGoal, { goal: 'g'.repeat(2001) }, { code: 'invalid', field: 'goal' });
    expectRefused(h, ops.setScenario, { scenario: 's'.repeat(5001) }, { code: 'invalid', field: 'scenario' });
  });
});

describe('type and locale', () => {
  it('change the kind of map and the content language', () => {
    const h = historyOf();
    ok(h, ops.setType, { type: 'future-state' });
    ok(h, ops.setLocale, { locale: 'id' });
    expect(h.current).toMatchObject({ type: 'future-state', locale: 'id' });
    ok(h, ops.setLocale, { locale: 'id-ID' });
    expect(h.current.locale).toBe('id-ID');
  });

  it('refuse an unknown type and a locale that is not a BCP 47 tag', () => {
    const h = historyOf();
    expectRefused(h, ops.setType, { type: 'journey' as never }, { code: 'invalid', field: 'type' });
    expectRefused(h, ops.setLocale, { locale: 'not a language!' }, { code: 'invalid', field: 'locale' });
    expectRefused(h, ops.setLocale, { locale: '' }, { code: 'invalid', field: 'locale' });
  });
});

describe('review date', () => {
  it('sets a calendar date and clears it with null', () => {
    const h = historyOf();
    ok(h, ops.setReviewBy, { reviewBy: '2027-02-28' });
    expect(h.current.reviewBy).toBe('2027-02-28');
    expect(writeCjm(h.current)).toContain('"reviewBy": "2027-02-28"');
    ok(h, ops.setReviewBy, { reviewBy: null });
    expect(writeCjm(h.current)).not.toContain('reviewBy');
  });

  it.each(['2027-02-30', '2026-13-01', '27-01-01', '2027/01/01', 'next quarter', '2027-1-1'])('refuses the bad date %s', (reviewBy) => {
    expectRefused(historyOf(), ops.setReviewBy, { reviewBy }, { code: 'invalid', field: 'reviewBy' });
  });

  it('accepts 29 February only in a leap year', () => {
    const h = historyOf();
    ok(h, ops.setReviewBy, { reviewBy: '2028-02-29' });
    expectRefused(h, ops.setReviewBy, { reviewBy: '2027-02-29' }, { code: 'invalid' });
  });
});

describe('a change that changes nothing', () => {
  it('is not an undo step', () => {
    const h = historyOf();
    ok(h, ops.setTitle, { title: 'Sama' });
    const before = h.current;
    expect(h.apply(ops.setTitle, { title: 'Sama' })).toEqual({ ok: true, value: undefined });
    expect(h.current).toBe(before);
    expect(h.depth).toBe(1);
  });
});
