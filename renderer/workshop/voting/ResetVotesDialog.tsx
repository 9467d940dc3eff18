// "Reset votes…" asks first, saying exactly what goes: the votes of the
// round's lanes only (a map's other lanes may hold votes from an earlier
// exercise that the room wants to keep). Cancel is the default, and Esc.
import { Dialog } from '../../dialogs/Dialog';
import { useWords } from '../../words';

export function ResetVotesDialog({ laneNames, votes, notes, restarts, onCancel, onReset }: {
  laneNames: string;
  votes: number;
  notes: number;
  /** Whether a round is on (it starts again with person 1). */
  restarts: boolean;
  onCancel(): void;
  onReset(): void;
}) {
  const w = useWords();
  return (
    <Dialog title={w.voting.resetTitle} onCancel={onCancel} testId="voting-reset-confirm">
      <p>{w.voting.resetBody({ lanes: laneNames, votes, notes })}</p>
      {restarts && <p>{w.voting.resetRestart}</p>}
      <p className="muted">{w.voting.resetUndo}</p>
      <div className="dialog-buttons">
        <button data-autofocus onClick={onCancel}>{w.voting.cancel}</button>
        <button className="danger" data-testid="voting-reset-yes" onClick={onReset}>{w.voting.resetConfirm}</button>
      </div>
    </Dialog>
  );
}
