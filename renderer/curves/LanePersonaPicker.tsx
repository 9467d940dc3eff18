// In a lane's menu: whose experience the lane records (docs/format.md, a lane's
// persona). An emotions lane per persona draws that persona's curve, in the
// persona's colour, and the persona strip shows the curve beside them. One
// choice is one undoable change; disabled, saying why, when the facilitator's
// policy (review mode) would refuse it.
import type { JourneyMap, Lane } from '../../shared/format/types';
import { ops } from '../../shared/ops';
import type { Edit } from '../panels/edit';
import { lockedProps } from '../panels/lockedReasons';
import { useWords } from '../words';

export function LanePersonaPicker({ map, lane, edit, locked, onDone }: {
  map: JourneyMap;
  lane: Lane;
  edit: Edit;
  /** Why the lane's persona may not change now; null when it may. */
  locked: string | null;
  onDone(): void;
}) {
  const w = useWords();
  if (map.personas.length === 0) return null;
  return (
    <label className="menu-color">
      {w.curves.lanePersona}
      <select
        data-testid="lane-persona"
        {...lockedProps(locked)}
        value={lane.persona ?? ''}
        onChange={(event) => {
          if (edit.apply(ops.setLanePersona, { id: lane.id, persona: event.target.value === '' ? null : event.target.value })) onDone();
        }}
      >
        <option value="">{w.curves.nobody}</option>
        {map.personas.map((persona) => (
          <option key={persona.id} value={persona.id}>{persona.name}</option>
        ))}
      </select>
    </label>
  );
}
