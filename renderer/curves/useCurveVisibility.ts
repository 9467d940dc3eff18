// Which overlaid emotion curves this window shows: view state, never stored
// in the map (each laptop, and each projector, chooses its own), switched
// from the board's legend and from the Curves control alike.
import { useCallback, useMemo, useState } from 'react';

export interface CurveVisibility {
  /** Lane ids of the emotions lanes whose curves are switched off. */
  hidden: ReadonlySet<string>;
  toggle(laneId: string): void;
  showAll(): void;
}

const NONE: ReadonlySet<string> = new Set();

export function useCurveVisibility(): CurveVisibility {
  const [hidden, setHidden] = useState<ReadonlySet<string>>(NONE);
  const toggle = useCallback((laneId: string) => {
    setHidden((before) => {
      const next = new Set(before);
      if (!next.delete(laneId)) next.add(laneId);
      return next;
    });
  }, []);
  const showAll = useCallback(() => setHidden(NONE), []);
  return useMemo(() => ({ hidden, toggle, showAll }), [hidden, toggle, showAll]);
}
