// The results of a round beside the board: the voted notes of the round's
// lanes, most votes first (ties in journey order), each showing its stage,
// lane, text and votes. A row shows its note on the board; ticked rows (or
// the top N) become opportunities in one step. When notes tie at the cut of
// the top N, the panel says so and the facilitator includes them all or picks.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { JourneyMap } from '../../../shared/format/types';
import { languageOf, words } from '../../../shared/i18n/languages';
import { rankVotes, topCut, type TopCut } from '../../../shared/voting/results';
import { focusInside, useKeyLayer } from '../../keyboard/useKeyLayer';
import { useWords } from '../../words';

export function VotingResults({ map, lanes, laneNames, onShow, onMake, onReset, onClose }: {
  map: JourneyMap;
  /** The round's lanes. */
  lanes: readonly string[];
  /** The round's lanes named as a list ("Pain points and Opportunities"). */
  laneNames: string;
  onShow(noteId: string): void;
  /** Makes opportunities from these notes, in rank order; true when the map changed. */
  onMake(noteIds: string[]): boolean;
  onReset(): void;
  onClose(): void;
}) {
  const w = useWords();
  const results = useMemo(() => rankVotes(map, lanes), [map, lanes]);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [topText, setTopText] = useState('3');
  const [problem, setProblem] = useState<string | null>(null);
  /** The tie at the cut of the top N last selected, until it is settled or the votes change. */
  const [tie, setTie] = useState<(TopCut & { top: number }) | null>(null);
  const standing = results.map((r) => `${r.note.id}:${r.votes}`).join(' ');
  useEffect(() => setTie(null), [standing]);
  const panel = useRef<HTMLElement>(null);
  // Escape from inside the panel closes it (from the board it pauses the round or clears the selection).
  useKeyLayer(
    'bar',
    (event) => {
      if (event.key !== 'Escape' || !focusInside(panel)) return 'pass';
      onClose();
      return 'handled';
    },
    { root: panel },
  );
  const live = results.filter((r) => chosen.has(r.note.id));
  const target = map.lanes.find((l) => l.kind === 'opportunities')?.title ?? words(languageOf(map.locale)).laneKinds.opportunities;

  const choose = (id: string, on: boolean) => {
    setProblem(null);
    setChosen((now) => {
      const next = new Set(now);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  };
  const selectTop = () => {
    const n = /^\s*\d+\s*$/.test(topText) ? Number(topText) : Number.NaN;
    if (!Number.isInteger(n) || n < 1 || n > results.length) {
      setProblem(w.voting.badTop({ max: Math.max(1, results.length) }));
      return;
    }
    setProblem(null);
    const cut = topCut(results, n);
    setChosen(new Set(cut.sure.map((r) => r.note.id)));
    setTie(cut.tied.length > 0 ? { ...cut, top: n } : null);
  };
  const includeTied = () => {
    if (!tie) return;
    setChosen(new Set([...tie.sure, ...tie.tied].map((r) => r.note.id)));
    setTie(null);
  };
  const tiedIds = new Set(tie?.tied.map((r) => r.note.id));
  const make = () => {
    if (live.length === 0) {
      setProblem(w.voting.chooseFirst);
      return;
    }
    setProblem(null);
    if (onMake(live.map((r) => r.note.id))) setChosen(new Set());
  };

  return (
    <aside ref={panel} className="voting-results" data-testid="voting-results" data-voting-panel aria-label={w.voting.resultsTitle}>
      <header className="voting-results-head">
        <h3>{w.voting.resultsTitle}</h3>
        <button className="icon" aria-label={w.voting.close} title={w.voting.close} data-testid="voting-results-close" onClick={onClose}>×</button>
      </header>
      <p className="muted voting-results-for">{w.voting.resultsFor({ lanes: laneNames })}</p>
      {results.length === 0 ? (
        <p className="voting-empty" data-testid="voting-no-votes">{w.voting.noVotes}</p>
      ) : (
        <ol className="voting-result-list" data-testid="voting-result-list">
          {results.map((r) => {
            const text = r.note.hidden ? w.voting.faceDownText : r.note.text.trim() || w.voting.emptyText;
            return (
              <li
                key={r.note.id}
                className={['voting-result', chosen.has(r.note.id) ? 'chosen' : '', tiedIds.has(r.note.id) ? 'tied' : ''].filter(Boolean).join(' ')}
                data-testid="voting-result"
                data-note={r.note.id}
                data-tied={tiedIds.has(r.note.id) || undefined}
              >
                <input type="checkbox" checked={chosen.has(r.note.id)} aria-label={w.voting.choose({ text })} onChange={(e) => choose(r.note.id, e.target.checked)} />
                <span className="voting-rank" aria-label={w.voting.rank}>{r.rank}</span>
                <button
                  className="voting-show"
                  title={w.voting.show}
                  data-testid="voting-result-show"
                  onClick={(e) => {
                    // Clicked with the mouse, the focus goes back to the board: Enter then votes on the note shown.
                    if (e.detail > 0) e.currentTarget.blur();
                    onShow(r.note.id);
                  }}
                >
                  <span className="voting-text">{text}</span>
                  <span className="voting-where">{r.stage.title} · {r.lane.title}</span>
                </button>
                <span className="voting-count" aria-label={w.voting.votes} data-testid="voting-result-votes">{r.votes}</span>
              </li>
            );
          })}
        </ol>
      )}
      <div className="voting-results-foot">
        <div className="row">
          <label className="row">
            {w.voting.top}
            <input
              className="voting-top"
              type="number"
              min={1}
              max={Math.max(1, results.length)}
              value={topText}
              data-testid="voting-top"
              onChange={(e) => setTopText(e.target.value)}
              onKeyDown={(e) => {
                if (e.key !== 'Enter') return;
                e.preventDefault();
                selectTop();
              }}
            />
          </label>
          <button data-testid="voting-select-top" onClick={selectTop} disabled={results.length === 0}>{w.voting.selectTop}</button>
          <span className="spacer" />
          <span className="muted" data-testid="voting-chosen">{w.voting.chosen({ count: live.length })}</span>
          {live.length > 0 && <button onClick={() => setChosen(new Set())}>{w.voting.clearChoice}</button>}
        </div>
        {tie && (
          <div className="voting-tie" role="status" data-testid="voting-tie">
            <p>{w.voting.tieAtCut({ tied: tie.tied.length, votes: tie.tied[0]!.votes, places: tie.places, top: tie.top })}</p>
            <button data-testid="voting-include-tied" onClick={includeTied}>{w.voting.includeTied({ count: tie.sure.length + tie.tied.length })}</button>
          </div>
        )}
        {problem && <p className="error" role="alert" data-testid="voting-results-problem">{problem}</p>}
        <button className="primary voting-make" data-testid="voting-make" onClick={make}>{w.voting.makeOpportunities}</button>
        <p className="muted voting-make-hint">{w.voting.makeHint({ lane: `"${target}"` })}</p>
        <button className="voting-reset-link" data-testid="voting-results-reset" onClick={onReset}>{w.voting.resetVotes}</button>
      </div>
    </aside>
  );
}
