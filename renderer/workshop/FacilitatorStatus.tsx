// The facilitator's locks and rounds, always in sight in the title bar, each
// with the one click that ends it: nobody wonders why a lane will not move or
// why new notes come out grey.
import type { JourneyMap } from '../../shared/format/types';
import type { FacilitatorModes } from '../../shared/ops/facilitatorPolicy';
import { useWords } from '../words';

export interface FacilitatorStatusProps {
  map: JourneyMap;
  modes: FacilitatorModes;
  onReveal(): void;
  onEndSilent(): void;
  onUnlockStructure(): void;
  onLeaveReview(): void;
  onUnlockLanes(): void;
}

export function FacilitatorStatus({ map, modes, onReveal, onEndSilent, onUnlockStructure, onLeaveReview, onUnlockLanes }: FacilitatorStatusProps) {
  const w = useWords();
  const faceDown = map.notes.reduce((count, note) => count + (note.hidden ? 1 : 0), 0);
  const lockedLanes = map.lanes.filter((lane) => lane.locked);
  return (
    <div className="facilitator-status" data-testid="facilitator-status">
      {modes.reviewMode && (
        <span className="mode-chip review" title={w.facilitator.reviewHint} data-testid="review-chip">
          {w.facilitator.reviewMode}
          <button onClick={onLeaveReview} data-testid="leave-review">{w.facilitator.leaveReview}</button>
        </span>
      )}
      {(modes.silentRound || faceDown > 0) && (
        <span className="mode-chip silent" title={w.facilitator.silentHint} data-testid="silent-chip">
          {modes.silentRound && <strong>{w.facilitator.silentRound}</strong>}
          {faceDown > 0 && <span data-testid="face-down-count">{w.facilitator.faceDown({ count: faceDown })}</span>}
          {faceDown > 0 && <button onClick={onReveal} data-testid="reveal">{w.facilitator.reveal}</button>}
          {modes.silentRound && <button onClick={onEndSilent} data-testid="end-silent">{w.facilitator.endSilent}</button>}
        </span>
      )}
      {modes.structureLocked && (
        <span className="mode-chip locked" title={w.facilitator.structureHint} data-testid="structure-chip">
          <LockIcon />
          {w.facilitator.structureLocked}
          <button onClick={onUnlockStructure} data-testid="unlock-structure">{w.facilitator.unlock}</button>
        </span>
      )}
      {lockedLanes.length > 0 && (
        <span className="mode-chip locked" title={w.facilitator.lockedLanesHint({ lanes: lockedLanes.map((l) => l.title).join(', ') })} data-testid="locked-lanes-chip">
          <LockIcon />
          {w.facilitator.lockedLanes({ count: lockedLanes.length })}
          <button onClick={onUnlockLanes} data-testid="unlock-lanes">{w.facilitator.unlockLanes}</button>
        </span>
      )}
    </div>
  );
}

function LockIcon() {
  return (
    <svg width="12" height="14" viewBox="0 0 12 14" aria-hidden className="lock-icon">
      <rect x="1" y="6" width="10" height="7.5" rx="1.5" fill="currentColor" />
      <path d="M3.2 6V4.2a2.8 2.8 0 0 1 5.6 0V6" fill="none" stroke="currentColor" strokeWidth="1.6" />
    </svg>
  );
}
