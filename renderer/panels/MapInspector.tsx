// The inspector with no note selected: the map's title, type, goal,
// scenario, content language and review date.
import { MAP_TYPES, type JourneyMap } from '../../shared/format/types';
import { ops } from '../../shared/ops';
import { threeMonthsOn } from '../../shared/analysis/reviewDate';
import type { Edit } from './edit';
import { DateField } from './DateField';
import { CommitInput, Field } from './fields';
import { useWords } from '../words';

export function MapInspector({ map, edit }: { map: JourneyMap; edit: Edit }) {
  const w = useWords();
  return (
    <section className="inspector-section" data-testid="map-inspector">
      <h3>{w.inspector.map}</h3>
      <Field label={w.inspector.title}>
        <CommitInput testId="map-title" value={map.title} onCommit={(v) => edit.map('title', v)} />
      </Field>
      <Field label={w.inspector.type}>
        <select value={map.type} onChange={(e) => edit.map('type', e.target.value as JourneyMap['type'])}>
          {MAP_TYPES.map((type) => (
            <option key={type} value={type}>
              {w.types[type]}
            </option>
          ))}
        </select>
      </Field>
      <Field label={w.inspector.goal}>
        <CommitInput multiline value={map.goal ?? ''} onCommit={(v) => edit.map('goal', v)} />
      </Field>
      <Field label={w.inspector.scenario}>
        <CommitInput multiline value={map.scenario ?? ''} onCommit={(v) => edit.map('scenario', v)} />
      </Field>
      <Field label={w.inspector.locale}>
        <select value={map.locale.startsWith('id') ? 'id' : map.locale.startsWith('en') ? 'en' : map.locale} onChange={(e) => edit.map('locale', e.target.value)}>
          <option value="en">{w.languages.en}</option>
          <option value="id">{w.languages.id}</option>
          {!['en', 'id'].includes(map.locale.slice(0, 2)) && <option value={map.locale}>{map.locale}</option>}
        </select>
      </Field>
      <Field label={w.inspector.reviewBy}>
        <span className="row">
          <DateField testId="review-by" value={map.reviewBy ?? ''} onCommit={(iso) => edit.map('reviewBy', iso)} />
          <button data-testid="review-in-three-months" onClick={() => edit.map('reviewBy', threeMonthsOn())}>{w.inspector.threeMonths}</button>
        </span>
      </Field>
      {map.lanes.some((l) => l.hidden) && (
        <Field label={w.menu.hiddenLanes}>
          <ul className="hidden-lanes">
            {map.lanes
              .filter((l) => l.hidden)
              .map((lane) => (
                <li key={lane.id} className="row">
                  <span>{lane.title}</span>
                  <button onClick={() => edit.apply(ops.setLaneHidden, { id: lane.id, hidden: false })}>{w.menu.showLane}</button>
                </li>
              ))}
          </ul>
        </Field>
      )}
    </section>
  );
}
