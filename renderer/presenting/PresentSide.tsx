// Present mode's margin at the right of the map: where the tour is (the stage
// and its place among the stages, a spotlight or the overview), the keys for
// the first seconds, what lies below the screen, the workshop timer and the
// way out. Kept beside the map rather than over it, so it never hides a note.
import type { ReactNode } from 'react';
import type { JourneyMap } from '../../shared/format/types';
import type { PresentState } from './presentProbe';
import { useWords } from '../words';

export interface PresentSideProps {
  map: JourneyMap;
  stage: number;
  overview: boolean;
  spotlight: PresentState['spotlight'];
  /** The presenter's keys are showing. */
  hints: boolean;
  /** Titles of the lanes below the screen's foot, top to bottom. */
  below: readonly string[];
  onSecondDisplay: boolean;
  /** The workshop timer, when one runs. */
  corner?: ReactNode;
  onLeave(): void;
}

export function PresentSide({ map, stage, overview, spotlight, hints, below, onSecondDisplay, corner, onLeave }: PresentSideProps) {
  const w = useWords();
  const current = map.stages[stage];
  const spotLane = spotlight.kind === 'lane' ? map.lanes.find((l) => l.id === spotlight.lane) : undefined;
  const status = overview
    ? w.present.overview
    : spotLane
      ? w.present.spotlightLane({ lane: spotLane.title })
      : spotlight.kind === 'stage'
        ? w.present.spotlightStage
        : null;
  return (
    <aside className="present-side" data-testid="present-side">
      <button className="present-leave" data-testid="present-leave" onClick={onLeave} aria-label={w.present.leave} title={w.present.leave}>
        ×
      </button>
      <div className="present-stage" data-testid="present-stage">
        <span className="present-stage-count">{w.present.stageOf({ index: stage + 1, count: map.stages.length })}</span>
        {current && <strong className="present-stage-title">{current.title}</strong>}
      </div>
      <span className="present-dots" aria-hidden>
        {map.stages.map((s, i) => (
          <span key={s.id} className={i === stage ? 'dot current' : 'dot'} />
        ))}
      </span>
      {status && (
        <p className="present-status" data-testid="present-status">
          {status}
        </p>
      )}
      {onSecondDisplay && <p className="present-status">{w.present.secondDisplay}</p>}
      {hints && (
        <div className="present-hints" data-testid="present-hints">
          <h2>{w.present.keysHeading}</h2>
          <dl>
            {w.present.hints.map(([keys, what]) => (
              <div key={keys}>
                <dt>{keys}</dt>
                <dd>{what}</dd>
              </div>
            ))}
          </dl>
        </div>
      )}
      <div className="present-side-foot">
        {below.length > 0 && (
          <p className="present-more" data-testid="present-more">
            <span className="present-more-arrow" aria-hidden>
              ▼
            </span>
            <span>
              {w.present.moreBelow({ lanes: below })}
              <small>{w.present.moreBelowKey}</small>
            </span>
          </p>
        )}
        {corner && <div className="present-corner">{corner}</div>}
      </div>
    </aside>
  );
}
