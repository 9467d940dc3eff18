// The Compare view: two maps over the whole window, totals at the top
// ("12 added · 4 removed · 7 changed"), both emotion curves overlaid, and
// the grid of stages across and lanes down saying what changed in each
// cell. Escape closes; Tab reaches every cell and the arrow keys move
// between them.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { compareMaps } from '../../shared/analysis/compareMaps';
import type { JourneyMap } from '../../shared/format/types';
import { useDialogKeys } from '../dialogs/useDialogKeys';
import { CompareCell } from './CompareCell';
import { dateAndTime } from './dates';
import { EmotionOverlay, type SideName } from './EmotionOverlay';
import { useWords } from '../words';

/** One side of a comparison: a map, the file it came from, when that file was saved, whether it holds unsaved changes. */
export interface ComparedMap {
  map: JourneyMap;
  fileName: string;
  /** RFC 3339: when the file was last written; null for a map never saved or a system that will not say. */
  savedAt: string | null;
  unsaved: boolean;
}

const ARROWS: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

export function CompareView({ before: first, after: second, onClose }: { before: ComparedMap; after: ComparedMap; onClose(): void }) {
  const w = useWords();
  const [swapped, setSwapped] = useState(false);
  const before = swapped ? second : first;
  const after = swapped ? first : second;
  const comparison = useMemo(() => compareMaps(before.map, after.map), [before, after]);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => root.current?.focus(), []);

  const nameOf = (side: ComparedMap): SideName => ({
    title: side.map.title,
    detail: [side.fileName, side.savedAt ? w.versions.savedOn({ date: dateAndTime(side.savedAt) }) : null, side.unsaved ? w.versions.compare.unsaved : null].filter(Boolean).join(' · '),
  });
  const names = { before: nameOf(before), after: nameOf(after) };
  const { totals } = comparison;

  // Keys stay here: the board underneath must not act on them.
  useDialogKeys(root, onClose);
  /** The arrows walk the grid of cells. */
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const move = ARROWS[event.key];
    const cell = (event.target as HTMLElement).closest<HTMLElement>('[data-testid="compare-cell"]');
    if (!move || !cell) return;
    const row = Number(cell.dataset.row) + move[0];
    const column = Number(cell.dataset.column) + move[1];
    const next = root.current?.querySelector<HTMLElement>(`[data-testid="compare-cell"][data-row="${row}"][data-column="${column}"]`);
    if (next) {
      event.preventDefault();
      next.focus();
    }
  };

  return (
    <div className="compare-backdrop">
      <div ref={root} className="compare-view" role="dialog" aria-modal="true" aria-label={w.versions.compare.title} data-testid="compare-view" tabIndex={-1} onKeyDown={onKeyDown}>
        <header className="compare-header">
          <h2>{w.versions.compare.title}</h2>
          <div className="compare-sides">
            {(['before', 'after'] as const).map((side) => (
              <p key={side} className={`compare-side ${side}`} data-testid={`compare-side-${side}`}>
                <span className="compare-swatch" aria-hidden="true" />
                <strong>{w.versions.compare[side]}:</strong> {names[side].title} <span className="muted">({names[side].detail})</span>
              </p>
            ))}
          </div>
          <button data-testid="compare-swap" onClick={() => setSwapped((s) => !s)}>
            ⇄ {w.versions.compare.swap}
          </button>
          <button data-testid="compare-close" onClick={onClose}>
            {w.versions.close}
          </button>
        </header>
        <p className="compare-totals" data-testid="compare-totals" aria-live="polite">
          <span className="compare-added" data-testid="compare-total-added" data-count={totals.added}>
            {w.versions.compare.added({ count: totals.added })}
          </span>
          {' · '}
          <span className="compare-removed" data-testid="compare-total-removed" data-count={totals.removed}>
            {w.versions.compare.removed({ count: totals.removed })}
          </span>
          {' · '}
          <span className="compare-changed" data-testid="compare-total-changed" data-count={totals.changed}>
            {w.versions.compare.changed({ count: totals.changed })}
          </span>
          {' · '}
          <span className="muted" data-testid="compare-total-unchanged" data-count={totals.unchanged}>
            {w.versions.compare.unchanged({ count: totals.unchanged })}
          </span>
        </p>
        <p className="muted compare-how">{comparison.notesMatchedBy === 'id' ? w.versions.compare.byId : w.versions.compare.byText}</p>
        <div className="compare-body">
          <section>
            <h3>{w.versions.compare.emotions}</h3>
            <EmotionOverlay comparison={comparison} names={names} />
          </section>
          <section>
            <h3>{w.versions.compare.grid}</h3>
            <table className="compare-grid" data-testid="compare-grid">
              <thead>
                <tr>
                  <th />
                  {comparison.columns.map((column, i) => (
                    <th key={i} scope="col" className={column.before && column.after ? undefined : 'compare-one-side'}>
                      {(column.after ?? column.before)!.title}
                      {!column.before && <small>{w.versions.compare.onlyAfter}</small>}
                      {!column.after && <small>{w.versions.compare.onlyBefore}</small>}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {comparison.rows.map((row, r) => (
                  <tr key={r}>
                    <th scope="row" className={row.before && row.after ? undefined : 'compare-one-side'}>
                      {(row.after ?? row.before)!.title}
                      {!row.before && <small>{w.versions.compare.onlyAfter}</small>}
                      {!row.after && <small>{w.versions.compare.onlyBefore}</small>}
                    </th>
                    {comparison.cells[r]!.map((cell) => (
                      <CompareCell key={cell.column} cell={cell} comparison={comparison} />
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </div>
      </div>
    </div>
  );
}
