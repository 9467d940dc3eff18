// The lens in the title bar: the Filter and Evidence buttons, and, while a
// filter is on, a chip that keeps saying so ("Filtered: 12 of 86") even with
// the filter bar closed, so nobody forgets the board is filtered; the chip
// opens the bar, its × clears the filter. And the evidence view's legend:
// the map's shares in the colours the notes take.
import { EVIDENCE_FILL } from '../../shared/analysis/evidenceView';
import { ASSUMPTIONS_TO_CHECK, EVIDENCE_CHOICES, isFilterActive, NO_FILTER } from '../../shared/analysis/noteFilter';
import type { BoardLensState } from './useBoardLens';
import { useWords } from '../words';

export function LensTitleControls({ lens }: { lens: BoardLensState }) {
  const w = useWords();
  const active = isFilterActive(lens.filter);
  return (
    <>
      {active && (
        <span className="filter-active" data-testid="filter-active">
          <button type="button" className="filter-active-open" data-testid="filter-active-open" title={w.filters.chipHint} onClick={() => !lens.barOpen && lens.toggleBar()}>
            {w.filters.chip({ matching: lens.counts.matching, total: lens.counts.total })}
          </button>
          <button type="button" className="filter-active-clear" data-testid="filter-active-clear" aria-label={w.filters.clear} title={w.filters.clear} onClick={() => lens.setFilter(NO_FILTER)}>
            ×
          </button>
        </span>
      )}
      <button type="button" className="lens-button" data-testid="filter-button" aria-pressed={lens.barOpen} onClick={lens.toggleBar}>
        {w.filters.button}
      </button>
      <button type="button" className="lens-button" data-testid="evidence-button" aria-pressed={lens.evidence} onClick={lens.toggleEvidence}>
        {w.filters.evidenceButton}
      </button>
    </>
  );
}

export function EvidenceLegend({ lens }: { lens: BoardLensState }) {
  const w = useWords();
  const share = lens.shares?.map;
  if (!share) return null;
  return (
    <div className="evidence-legend" data-testid="evidence-legend" role="region" aria-label={w.filters.evidenceView}>
      <strong>{w.filters.evidenceView}</strong>
      <span className="evidence-shares">
        {EVIDENCE_CHOICES.map((level, i) => (
          <span key={level} className="evidence-share" data-testid="evidence-share" data-level={level} data-percent={share.percents[level]}>
            {i > 0 && <span className="evidence-dot-separator" aria-hidden="true">·</span>}
            <span className="evidence-swatch" style={{ background: EVIDENCE_FILL[level] }} aria-hidden="true" />
            {`${w.filters.levels[level]} ${share.percents[level]}%`}
          </span>
        ))}
      </span>
      <span className="muted">{w.filters.ofNotes({ count: share.total })}</span>
      <span className="spacer" />
      <button type="button" data-testid="evidence-assumptions" title={w.filters.assumptionsHint} onClick={() => lens.setFilter(ASSUMPTIONS_TO_CHECK)}>
        {w.filters.assumptions}
      </button>
      <button type="button" data-testid="evidence-leave" aria-label={w.filters.leaveEvidence} title={w.filters.leaveEvidence} onClick={lens.toggleEvidence}>
        ×
      </button>
    </div>
  );
}
