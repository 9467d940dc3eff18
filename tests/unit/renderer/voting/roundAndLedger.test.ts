// A dot-voting round on one laptop: the settings checked, the usual lanes
// offered, each person held to their dots and to taking back only their own,
// the laptop handed on, a secret round's counts kept unseen until the results
// reveal them, a stored round read back (and a broken one refused), and
// undo/redo giving a dot back and spending it again.
import { describe, expect, it } from 'vitest';
import { ops } from '../../../../shared/ops';
import { dotEntry, resetEntry, VoteLedger } from '../../../../renderer/workshop/voting/voteLedger';
import {
  checkVote,
  defaultLanes,
  dotsLeft,
  dotsOn,
  nextPerson,
  parseRound,
  peopleVoted,
  recordDot,
  restartRound,
  secretLanes,
  settingsProblems,
  startRound,
  type VotingRound,
} from '../../../../renderer/workshop/voting/round';
import { addNotes, blankMap, historyOf, L, ok, S } from '../../shared/ops/fixtures';
import { notesHiddenInFile } from '../../../support/fileSays';

const round = (dots = 2, open = false) => startRound({ dotsPerPerson: dots, lanes: [L.painPoints, L.opportunities], open }, 'r1');

function board() {
  const h = historyOf();
  addNotes(h, L.painPoints, S.awareness, ['p1', 'p2']);
  addNotes(h, L.actions, S.awareness, ['a1']);
  return h;
}

describe('round settings', () => {
  it('take 1 to 20 whole dots and at least one lane of the map', () => {
    const map = blankMap();
    expect(settingsProblems(map, { dotsPerPerson: 3, lanes: [L.painPoints] })).toEqual([]);
    for (const dots of [0, 21, 2.5, Number.NaN]) expect(settingsProblems(map, { dotsPerPerson: dots, lanes: [L.painPoints] })).toEqual(['dots']);
    expect(settingsProblems(map, { dotsPerPerson: 3, lanes: [] })).toEqual(['lanes']);
    expect(settingsProblems(map, { dotsPerPerson: 0, lanes: ['ln-gone'] })).toEqual(['dots', 'lanes']);
  });

  it('offer pain points and opportunities first, else every lane on show', () => {
    expect(defaultLanes(blankMap())).toEqual([L.painPoints, L.opportunities]);
    const h = historyOf();
    ok(h, ops.deleteLane, { id: L.painPoints });
    ok(h, ops.deleteLane, { id: L.opportunities });
    ok(h, ops.setLaneHidden, { id: L.metrics, hidden: true });
    expect(defaultLanes(h.current)).toEqual(h.current.lanes.filter((l) => l.id !== L.metrics).map((l) => l.id));
  });
});

describe('a person voting', () => {
  it('places their dots, no more, and takes back only their own', () => {
    const map = board().current;
    let r = round(2);
    expect(checkVote(r, map, 'p1', false)).toEqual({ ok: true });
    expect(checkVote(r, map, 'p1', true)).toEqual({ ok: false, reason: 'none-to-take-back' });
    r = recordDot(recordDot(r, 'p1', 1), 'p2', 1);
    expect(dotsLeft(r)).toBe(0);
    expect(checkVote(r, map, 'p2', false)).toEqual({ ok: false, reason: 'no-dots-left' });
    expect(checkVote(r, map, 'p2', true)).toEqual({ ok: true });
    r = recordDot(r, 'p2', -1);
    expect([dotsLeft(r), dotsOn(r, 'p2'), Object.keys(r.given)]).toEqual([1, 0, ['p1']]);
  });

  it('is told why a note cannot take a dot', () => {
    const h = board();
    expect(notesHiddenInFile(h, ['p2'], true).ok).toBe(true);
    const r = round();
    expect(checkVote(r, h.current, 'a1', false)).toEqual({ ok: false, reason: 'not-in-round' });
    expect(checkVote(r, h.current, 'p2', false)).toEqual({ ok: false, reason: 'face-down' });
    expect(checkVote(r, h.current, 'ghost', false)).toEqual({ ok: false, reason: 'gone' });
  });

  it('hands the laptop on with a full set of dots; a restart goes back to person 1', () => {
    const r = nextPerson(recordDot(round(3), 'p1', 1));
    expect([r.person, dotsLeft(r), r.id]).toEqual([2, 3, 'r1']);
    const again = restartRound(nextPerson(r), 'r2');
    expect([again.person, dotsLeft(again), again.id, again.dotsPerPerson]).toEqual([1, 3, 'r2', 3]);
  });

  it('keeps a secret round\'s counts unseen unless the results are on show', () => {
    const h = board();
    const secret = round();
    expect(secretLanes(secret, h.current, false)).toEqual([L.painPoints, L.opportunities]);
    expect(secretLanes(secret, h.current, true)).toBeNull();
    expect(secretLanes(nextPerson(secret), h.current, false)).toEqual([L.painPoints, L.opportunities]);
    // Open voting shows every count; no round hides none.
    expect(secretLanes(round(2, true), h.current, false)).toBeNull();
    expect(secretLanes(null, h.current, false)).toBeNull();
  });

  it('counts the people who have voted and handed on, never where', () => {
    const r = recordDot(round(), 'p1', 1);
    expect(peopleVoted(r)).toBe(0);
    expect(peopleVoted(nextPerson(r))).toBe(1);
    expect(peopleVoted(nextPerson(nextPerson(r)))).toBe(2);
  });

  it('keeps a note whose id is __proto__ as a plain key', () => {
    const r = recordDot(round(), '__proto__', 1);
    expect(dotsOn(r, '__proto__')).toBe(1);
    expect(dotsOn(r, 'toString')).toBe(0);
    expect(parseRound(JSON.parse(JSON.stringify(r)))!.given).toEqual(r.given);
  });
});

describe('a stored round', () => {
  it('reads back as it was', () => {
    const r: VotingRound = { ...nextPerson(recordDot(round(3), 'p1', 1)), given: recordDot(round(3), 'p2', 1).given, active: false };
    expect(parseRound(JSON.parse(JSON.stringify(r)))).toEqual(r);
    const open: VotingRound = round(3, true);
    expect(parseRound(JSON.parse(JSON.stringify(open)))).toEqual(open);
  });

  it('stored before rounds could be open, carries on secret', () => {
    const { open: _open, ...older } = round(3);
    expect(parseRound(JSON.parse(JSON.stringify(older)))).toMatchObject({ open: false });
  });

  it.each([
    ['nothing', null],
    ['a number', 7],
    ['too many dots', { id: 'r', dotsPerPerson: 40, lanes: [], person: 1, given: {} }],
    ['a person 0', { id: 'r', dotsPerPerson: 3, lanes: [], person: 0, given: {} }],
    ['more dots given than held', { id: 'r', dotsPerPerson: 2, lanes: [], person: 1, given: { a: 2, b: 1 } }],
    ['a fraction of a dot', { id: 'r', dotsPerPerson: 2, lanes: [], person: 1, given: { a: 0.5 } }],
    ['lanes that are not ids', { id: 'r', dotsPerPerson: 2, lanes: [3], person: 1, given: {} }],
  ])('is refused when it holds %s', (_what, stored) => {
    expect(parseRound(stored)).toBeNull();
  });
});

describe('undo and redo of votes', () => {
  function voting() {
    const h = board();
    let current: VotingRound | null = round(2);
    const ledger = new VoteLedger(h, (update) => {
      if (current) current = update(current);
    });
    const stop = ledger.follow();
    const vote = (id: string, delta: 1 | -1) => {
      const r = current!;
      ok(h, ops.addVote, { id, delta });
      current = recordDot(r, id, delta);
      ledger.record(dotEntry(r, id, delta));
    };
    return { h, vote, now: () => current!, set: (r: VotingRound) => (current = r), ledger, stop };
  }

  it('gives the dot back on undo and spends it again on redo', () => {
    const { h, vote, now } = voting();
    vote('p1', 1);
    vote('p2', 1);
    expect(dotsLeft(now())).toBe(0);
    h.undo();
    expect([dotsLeft(now()), dotsOn(now(), 'p2'), dotsOn(now(), 'p1')]).toEqual([1, 0, 1]);
    h.undo();
    expect(dotsLeft(now())).toBe(2);
    h.redo();
    h.redo();
    expect([dotsOn(now(), 'p1'), dotsOn(now(), 'p2'), dotsLeft(now())]).toEqual([1, 1, 0]);
  });

  it('gives a taken-back dot back to the note on undo', () => {
    const { h, vote, now } = voting();
    vote('p1', 1);
    vote('p1', -1);
    expect(dotsOn(now(), 'p1')).toBe(0);
    h.undo();
    expect(dotsOn(now(), 'p1')).toBe(1);
  });

  it("leaves the next person's dots alone when an earlier person's dot is undone", () => {
    const { h, vote, now, set } = voting();
    vote('p1', 1);
    set(nextPerson(now()));
    h.undo();
    expect(h.current.notes.find((n) => n.id === 'p1')!.votes).toBeUndefined();
    expect([now().person, dotsLeft(now())]).toEqual([2, 2]);
  });

  it('ignores steps that are not votes, and stops following when told', () => {
    const { h, vote, now, stop } = voting();
    vote('p1', 1);
    ok(h, ops.setTitle, { title: 'Another title' });
    h.undo();
    expect(dotsOn(now(), 'p1')).toBe(1);
    stop();
    h.undo();
    expect(dotsOn(now(), 'p1')).toBe(1);
  });

  it('brings the round back as it was when a reset is undone', () => {
    const { h, vote, now, set, ledger } = voting();
    vote('p1', 1);
    const before = nextPerson(now());
    set(before);
    ok(h, ops.resetVotes, { lanes: [L.painPoints] });
    const after = restartRound(before, 'r2');
    set(after);
    ledger.record(resetEntry(before, after));
    h.undo();
    expect([now().id, now().person]).toEqual(['r1', 2]);
    h.redo();
    expect([now().id, now().person]).toEqual(['r2', 1]);
  });
});
