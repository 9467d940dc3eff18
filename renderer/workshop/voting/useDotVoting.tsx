// Dot voting on the board, run from one laptop passed round the room. The
// facilitator starts a round (dots per person, lanes), each person clicks
// their dots onto notes and hands on with "Next person"; results rank the
// notes and turn the chosen ones into opportunities; a round can be reset.
// The votes are in the map (one undo step per dot); the round itself (whose
// turn, dots spent) is this laptop's view state (votingStore.ts).
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { newId } from '../../../shared/ids';
import { refusalMessage } from '../../../shared/i18n/refusals';
import type { SceneItem } from '../../../shared/layout/sceneTypes';
import { ops } from '../../../shared/ops';
import { makeOpportunities } from '../../../shared/voting/opportunities';
import { voteTotals } from '../../../shared/voting/results';
import type { Session } from '../../app/session';
import type { BoardModel } from '../../board/boardModel';
import type { Selection } from '../../board/selection';
import { currentLanguage, useLanguage, useWords } from '../../words';
import { useKeyLayer } from '../../keyboard/useKeyLayer';
import { ResetVotesDialog } from './ResetVotesDialog';
import { checkVote, defaultLanes, nextPerson, recordDot, restartRound, roundLanes, secretLanes, startRound, type VoteCheck } from './round';
import { StartVotingDialog, type StartChoice } from './StartVotingDialog';
import { dotEntry, resetEntry, VoteLedger } from './voteLedger';
import { VotingBar } from './VotingBar';
import { votingMarks } from './votingMarks';
import { useVotingRound, VotingStore } from './votingStore';
import { VotingResults } from './VotingResults';

export interface DotVotingDeps {
  session: Session;
  model: BoardModel;
  selection: Selection;
  notify(message: string): void;
  /** Brings a note to the middle of the open board (clear of the pinned titles) and selects it. */
  showNote(id: string): void;
}

export interface DotVoting {
  /** Voting mode: a click on a note votes. */
  active: boolean;
  /** The "Start dot voting…" action (V). */
  open(): void;
  /** For the board's pointer: set only in voting mode. */
  voteOnNote: ((id: string, remove: boolean) => void) | undefined;
  /** Drawn over the notes in voting mode (veiled lanes, large counts); null otherwise. */
  marks: readonly SceneItem[] | null;
  /** Lanes whose vote counts the board must not show now (a secret round, the results not on show); null when all may be seen. */
  secretLanes: readonly string[] | null;
  /** The results panel is open: it takes the inspector's place beside the board. */
  showsResults: boolean;
  /** The "Dot voting results" action: the panel for this round, else the last one ended, else the usual lanes. */
  showResults(): void;
  bar: ReactNode;
  panel: ReactNode;
  dialogs: ReactNode;
}

type DialogState = { kind: 'none' } | { kind: 'start' } | { kind: 'reset'; lanes: string[] };

const newRoundId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

export function useDotVoting(deps: DotVotingDeps): DotVoting {
  const w = useWords();
  const language = useLanguage();
  const { session, model } = deps;
  const depsRef = useRef(deps);
  depsRef.current = deps;
  const [store] = useState(() => new VotingStore(session.map.id));
  const round = useVotingRound(store);
  const [dialog, setDialog] = useState<DialogState>({ kind: 'none' });
  // The results panel, open or not, is the one thing that reveals a secret round's counts; it starts closed,
  // so a round reloaded while they were on show is secret again.
  const [resultsOpen, setResultsOpen] = useState(false);
  // The lanes of the round last ended: the results action shows them after "End voting".
  const [endedLanes, setEndedLanes] = useState<string[] | null>(null);
  const ledger = useMemo(() => new VoteLedger(session.history, (update) => store.update(update)), [session, store]);
  useEffect(() => ledger.follow(), [ledger]);

  const map = session.map;
  const listFormat = useMemo(() => new Intl.ListFormat(language, { type: 'conjunction' }), [language]);
  const laneNames = useCallback(
    (lanes: readonly string[]) => listFormat.format(session.map.lanes.filter((l) => lanes.includes(l.id)).map((l) => `"${l.title}"`)),
    [listFormat, session],
  );
  const say = useCallback((message: string) => depsRef.current.notify(message), []);
  const refused = useCallback((refusal: Parameters<typeof refusalMessage>[0]) => say(refusalMessage(refusal, currentLanguage())), [say]);

  const why = useCallback(
    (check: Exclude<VoteCheck, { ok: true }>) => {
      const r = store.get()!;
      switch (check.reason) {
        case 'not-in-round':
          return w.voting.notInRound({ lanes: laneNames(roundLanes(r, session.map)) });
        case 'face-down':
          return w.voting.faceDown;
        case 'no-dots-left':
          return w.voting.noDotsLeft({ person: r.person, count: r.dotsPerPerson });
        case 'none-to-take-back':
          return w.voting.noneToTakeBack({ person: r.person });
        case 'gone':
          return w.voting.gone;
      }
    },
    [store, w, laneNames, session],
  );

  /** One dot on (or back off) a note for the person whose turn it is: one undo step. */
  const vote = useCallback(
    (noteId: string, remove: boolean) => {
      const r = store.get();
      if (!r?.active) return;
      const check = checkVote(r, session.map, noteId, remove);
      if (!check.ok) return say(why(check));
      const history = session.history;
      const delta = remove ? -1 : 1;
      const before = history.position;
      history.seal();
      const result = history.apply(ops.addVote, { id: noteId, delta });
      history.seal();
      if (!result.ok) return refused(result.refusal);
      if (history.position !== before) {
        store.set(recordDot(r, noteId, delta));
        ledger.record(dotEntry(r, noteId, delta));
      } else if (remove) {
        // The note has no votes left to take (someone set it to 0): the dot is the person's again.
        store.set(recordDot(r, noteId, -1));
      } else {
        say(w.voting.atMost);
      }
    },
    [store, session, say, why, refused, ledger, w],
  );

  const start = (choice: StartChoice) => {
    if (choice.clearFirst) {
      session.history.seal();
      const cleared = session.history.apply(ops.resetVotes, { lanes: choice.lanes });
      session.history.seal();
      if (!cleared.ok) return refused(cleared.refusal);
    }
    store.set(startRound(choice, newRoundId()));
    setEndedLanes(null);
    // A new round starts with its counts unseen (unless it is open).
    setResultsOpen(false);
    setDialog({ kind: 'none' });
    say(w.voting.started({ count: choice.dotsPerPerson }));
  };

  const resume = useCallback(() => {
    const r = store.get();
    if (!r) return;
    store.set({ ...r, active: true });
    setDialog({ kind: 'none' });
    say(w.voting.resumedNote({ person: r.person }));
  }, [store, say, w]);

  const pause = useCallback(() => {
    const r = store.get();
    if (!r?.active) return;
    store.set({ ...r, active: false });
    say(w.voting.pausedNote({ person: r.person }));
  }, [store, say, w]);

  const handOn = () => {
    const r = store.get();
    if (!r) return;
    const next = nextPerson(r);
    store.set(next);
    // The next person must not see where the dots went: results on show close.
    setResultsOpen(false);
    say(w.voting.handedOn({ person: next.person, count: next.dotsPerPerson }));
  };

  const end = () => {
    const r = store.get();
    if (!r) return;
    store.set(null);
    setEndedLanes(roundLanes(r, session.map));
    // Voting over, the board is the facilitator's again; the results are one action away.
    setResultsOpen(false);
    say(w.voting.endedNote);
  };

  /** The lanes the results and a reset are about: the round's, else the last round's, else the usual ones. */
  const lanesInView = round ? roundLanes(round, map) : (endedLanes ?? defaultLanes(map));

  const askReset = (lanes: string[]) => {
    const totals = voteTotals(session.map, lanes);
    if (totals.votes === 0) return say(w.voting.nothingToReset({ lanes: laneNames(lanes) }));
    setDialog({ kind: 'reset', lanes });
  };

  const reset = (lanes: string[]) => {
    setDialog({ kind: 'none' });
    const before = store.get();
    session.history.seal();
    const result = session.history.apply(ops.resetVotes, { lanes });
    session.history.seal();
    if (!result.ok) return refused(result.refusal);
    if (before) {
      // Everyone's dots are back: voting starts again with the first person.
      const after = restartRound(before, newRoundId());
      store.set(after);
      ledger.record(resetEntry(before, after));
    }
    say(w.voting.resetDone({ notes: result.value }));
  };

  const make = (noteIds: string[]): boolean => {
    const result = makeOpportunities(session.history, noteIds, (kind) => newId(kind));
    if (!result.ok) {
      refused(result.refusal);
      return false;
    }
    const outcome = result.value;
    const { alreadyOpportunity, alreadyThere, faceDown, gone } = outcome.skipped;
    const leftOut = alreadyOpportunity + alreadyThere + faceDown + gone;
    if (!outcome.changed) {
      say(w.voting.nothingToMake({ lane: outcome.lane.title }));
      return false;
    }
    const made = w.voting.made({ count: outcome.notes.length, lane: outcome.lane.title });
    say(leftOut > 0 ? `${made} ${w.voting.leftOut({ count: leftOut })}` : made);
    // The board brings it into view once it has laid it out.
    depsRef.current.showNote(outcome.notes[0]!.id);
    return true;
  };

  // In voting mode Enter and Shift+Enter vote on the selected note (+ and −
  // zoom), and Esc pauses: a bar's layer of the keyboard, before the board's,
  // so that Enter does not also open the note's editor. A focused button or
  // field (the bar's, the results panel's) keeps its Enter and Escape.
  useKeyLayer(
    'bar',
    (event) => {
      if (event.ctrlKey || event.metaKey || event.altKey || (event.key !== 'Enter' && event.key !== 'Escape')) return 'pass';
      if (document.activeElement?.closest('input, textarea, select, button, a, [role="dialog"], [data-voting-panel]')) return 'pass';
      if (event.key === 'Escape') {
        pause();
        return 'handled';
      }
      const selected = depsRef.current.selection.notes;
      const id = selected[selected.length - 1];
      if (id) vote(id, event.shiftKey);
      else say(w.voting.selectFirst);
      return 'handled';
    },
    { active: round?.active === true },
  );

  const marks = useMemo(
    () => (round?.active ? votingMarks(model.layout, { ...round, lanes: roundLanes(round, model.layout.map) }, resultsOpen) : null),
    [round, model, resultsOpen],
  );
  // Only the lanes matter: the board's lens is not rebuilt for every dot or edit.
  const lanes = map.lanes;
  const hidden = useMemo(() => secretLanes(round, { lanes }, resultsOpen), [round, lanes, resultsOpen]);

  const showResults = useCallback(() => setResultsOpen(true), []);
  const closeResults = () => setResultsOpen(false);

  const bar = round && (
    <VotingBar
      round={round}
      resultsOnShow={resultsOpen}
      actions={{ nextPerson: handOn, results: showResults, reset: () => askReset(roundLanes(round, map)), pause, resume, end }}
    />
  );

  const panel = resultsOpen && (
    <VotingResults
      map={map}
      lanes={lanesInView}
      laneNames={laneNames(lanesInView)}
      onShow={(id) => depsRef.current.showNote(id)}
      onMake={make}
      onReset={() => askReset(lanesInView)}
      onClose={closeResults}
    />
  );

  const dialogs = (
    <>
      {dialog.kind === 'start' && (
        <StartVotingDialog map={map} round={round} onStart={start} onContinue={resume} onCancel={() => setDialog({ kind: 'none' })} />
      )}
      {dialog.kind === 'reset' && (
        <ResetVotesDialog
          laneNames={laneNames(dialog.lanes)}
          {...voteTotals(map, dialog.lanes)}
          restarts={round !== null}
          onCancel={() => setDialog({ kind: 'none' })}
          onReset={() => reset(dialog.lanes)}
        />
      )}
    </>
  );

  return {
    active: round?.active === true,
    open: () => setDialog({ kind: 'start' }),
    voteOnNote: round?.active ? vote : undefined,
    marks,
    secretLanes: hidden,
    showsResults: resultsOpen,
    showResults,
    bar,
    panel,
    dialogs,
  };
}
