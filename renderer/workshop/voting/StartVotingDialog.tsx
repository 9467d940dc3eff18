// "Start dot voting…" (V): how many dots each person gets and which lanes
// the room votes on. With a round under way it offers to carry on with the
// person whose turn it is, or to start again from person 1.
import { useState } from 'react';
import type { JourneyMap } from '../../../shared/format/types';
import { voteTotals } from '../../../shared/voting/results';
import { Dialog } from '../../dialogs/Dialog';
import { DEFAULT_DOTS, MAX_DOTS, MIN_DOTS, defaultLanes, dotsLeft, roundLanes, settingsProblems, type RoundSettings, type VotingRound } from './round';
import { useWords } from '../../words';

export interface StartChoice extends RoundSettings {
  /** Set the votes already on the chosen lanes back to 0 first. */
  clearFirst: boolean;
}

export function StartVotingDialog({ map, round, onStart, onContinue, onCancel }: {
  map: JourneyMap;
  /** The round under way, if any. */
  round: VotingRound | null;
  onStart(choice: StartChoice): void;
  onContinue(): void;
  onCancel(): void;
}) {
  const w = useWords();
  const [dotsText, setDotsText] = useState(String(round?.dotsPerPerson ?? DEFAULT_DOTS));
  const [lanes, setLanes] = useState<string[]>(() => {
    const kept = round ? roundLanes(round, map) : [];
    return kept.length > 0 ? kept : defaultLanes(map);
  });
  const [clearFirst, setClearFirst] = useState(false);
  const [open, setOpen] = useState(round?.open ?? false);
  const [tried, setTried] = useState(false);
  const dotsPerPerson = /^\s*\d+\s*$/.test(dotsText) ? Number(dotsText) : Number.NaN;
  const settings = { dotsPerPerson, lanes: map.lanes.filter((l) => lanes.includes(l.id)).map((l) => l.id), open };
  const problems = settingsProblems(map, settings);
  const existing = voteTotals(map, settings.lanes).votes;

  const start = () => {
    setTried(true);
    if (problems.length === 0) onStart({ ...settings, clearFirst: clearFirst && existing > 0 });
  };
  const toggle = (id: string, on: boolean) => setLanes((now) => (on ? [...now, id] : now.filter((l) => l !== id)));

  return (
    <Dialog title={w.voting.startTitle} onCancel={onCancel} testId="voting-start">
      <form
        className="voting-start"
        // The messages below say what is wrong in the person's language; the browser's own bubbles do not.
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          start();
        }}
      >
        {round && (
          <p className="voting-under-way" data-testid="voting-under-way">
            {w.voting.underWay({ person: round.person, left: dotsLeft(round), count: round.dotsPerPerson })}
          </p>
        )}
        <label className="field">
          {w.voting.dotsPerPerson}
          <input
            type="number"
            min={MIN_DOTS}
            max={MAX_DOTS}
            step={1}
            value={dotsText}
            data-testid="voting-dots"
            aria-invalid={tried && problems.includes('dots')}
            aria-describedby="voting-dots-hint"
            onChange={(e) => setDotsText(e.target.value)}
          />
          <small id="voting-dots-hint">{w.voting.dotsHint}</small>
        </label>
        {tried && problems.includes('dots') && <p className="error" role="alert" data-testid="voting-error">{w.voting.badDots}</p>}
        <fieldset className="voting-lanes">
          <legend>{w.voting.lanesLegend}</legend>
          {map.lanes.map((lane) => (
            <label key={lane.id} className="voting-lane">
              <input type="checkbox" checked={lanes.includes(lane.id)} data-testid={`voting-lane-${lane.id}`} onChange={(e) => toggle(lane.id, e.target.checked)} />
              <span>{lane.title}</span>
              {lane.hidden && <span className="muted">{w.voting.hiddenLane}</span>}
            </label>
          ))}
        </fieldset>
        {tried && problems.includes('lanes') && <p className="error" role="alert" data-testid="voting-error">{w.voting.badLanes}</p>}
        <label className="voting-open">
          <input type="checkbox" checked={open} data-testid="voting-open" onChange={(e) => setOpen(e.target.checked)} />
          <span>
            {w.voting.openVoting}
            <small className="muted">{open ? w.voting.openVotingOn : w.voting.openVotingOff}</small>
          </span>
        </label>
        {existing > 0 && (
          <label className="voting-clear">
            <input type="checkbox" checked={clearFirst} data-testid="voting-clear-first" onChange={(e) => setClearFirst(e.target.checked)} />
            <span>{w.voting.clearFirst({ count: existing })}</span>
          </label>
        )}
        <div className="dialog-buttons">
          <button type="button" onClick={onCancel}>{w.voting.cancel}</button>
          {round && (
            <button type="button" data-autofocus data-testid="voting-continue" onClick={onContinue}>
              {w.voting.continueWith({ person: round.person })}
            </button>
          )}
          <button type="submit" className="primary" data-testid="voting-start-button">
            {round ? w.voting.startNew : w.voting.start}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
