// The bar above the board while a round is on: whose turn it is and how many
// dots they have left, large enough to read across the room, and the
// facilitator's buttons. Paused (Esc), it stays as a slim reminder.
import type { MouseEvent } from 'react';
import { countsHidden, dotsLeft, peopleVoted, type VotingRound } from './round';
import { useWords } from '../../words';

export interface VotingBarActions {
  nextPerson(): void;
  results(): void;
  reset(): void;
  pause(): void;
  resume(): void;
  end(): void;
}

/**
 * A button clicked with the mouse gives the focus back to the board, so that
 * Enter next votes on the selected note instead of pressing the button again;
 * pressed from the keyboard, it keeps the focus for the next Tab.
 */
function run(action: () => void) {
  return (event: MouseEvent<HTMLButtonElement>) => {
    if (event.detail > 0) event.currentTarget.blur();
    action();
  };
}

export function VotingBar({ round, resultsOnShow, actions }: { round: VotingRound; resultsOnShow: boolean; actions: VotingBarActions }) {
  const w = useWords();
  const left = dotsLeft(round);
  const spent = round.dotsPerPerson - left;
  return (
    <div className={round.active ? 'voting-bar' : 'voting-bar paused'} data-testid="voting-bar" role="region" aria-label={w.voting.title}>
      <div className="voting-state" data-testid="voting-status" aria-live="polite">
        {/* The spaces are for the text as read aloud or copied; the layout spaces the parts itself. */}
        <strong>{w.voting.title}</strong>{' '}
        {!round.active && <span className="voting-paused">{w.voting.paused}</span>}{' '}
        <span className="voting-sep">—</span>{' '}
        <span className="voting-person" data-testid="voting-person">{w.voting.person({ person: round.person })}</span>{' '}
        <span className="voting-sep">·</span>{' '}
        <span className="voting-dots" aria-hidden="true">
          {Array.from({ length: round.dotsPerPerson }, (_, i) => (
            <span key={i} className={i < spent ? 'dot spent' : 'dot'} />
          ))}
        </span>
        <span data-testid="voting-left">{w.voting.dotsLeft({ left, count: round.dotsPerPerson })}</span>{' '}
        <span className="voting-sep">·</span>{' '}
        <span className="voting-people" data-testid="voting-people">{w.voting.peopleVoted({ count: peopleVoted(round) })}</span>
      </div>
      {round.active && (
        <div className="voting-hint muted">
          {countsHidden(round, resultsOnShow) && (
            <>
              <strong className="voting-secret" data-testid="voting-secret">{w.voting.secretRound}</strong> ·{' '}
            </>
          )}
          {w.voting.hint}
        </div>
      )}
      <div className="voting-buttons">
        {round.active ? (
          <>
            <button className="primary" data-testid="voting-next" onClick={run(actions.nextPerson)}>{w.voting.nextPerson}</button>
            <button data-testid="voting-open-results" onClick={run(actions.results)}>{w.voting.results}</button>
            <button data-testid="voting-reset" onClick={run(actions.reset)}>{w.voting.resetVotes}</button>
            <button data-testid="voting-pause" onClick={run(actions.pause)}>{w.voting.pause}</button>
          </>
        ) : (
          <>
            <button className="primary" data-testid="voting-resume" onClick={run(actions.resume)}>{w.voting.resume}</button>
            <button data-testid="voting-open-results" onClick={run(actions.results)}>{w.voting.results}</button>
          </>
        )}
        <button data-testid="voting-end" onClick={run(actions.end)}>{w.voting.end}</button>
      </div>
    </div>
  );
}
