// The inspector with no note selected: the map's title, type, goal,
// scenario, content language and review date, and the hidden lanes to show
// again; each disabled, saying why, while review mode would refuse it.
import { MAP_TYPES, type JourneyMap } from '../../shared/format/types';
import { ops } from '../../shared/ops';
import { threeMonthsOn } from '../../shared/analysis/reviewDate';
import type { Edit } from './edit';
import { DateField } from './DateField';
import { CommitInput, Field, LockedReasons } from './fields';
import { lockedProps, reasonsOf } from './lockedReasons';
import type { Refusals } from './useRefusals';
import { useWords } from '../words';

export function MapInspector({ map, edit, refusals }: { map: JourneyMap; edit: Edit; refusals: Refusals }) {
  const w = useWords();
  const locked = {
    title: refusals.of(ops.setTitle),
    type: refusals.of(ops.setType),
    goal: refusals.of(ops.setGoal),
    scenario: refusals.of(ops.setScenario),
    locale: refusals.of(ops.setLocale),
    reviewBy: refusals.of(ops.setReviewBy),
    showLane: refusals.of(ops.setLaneHidden),
  };
  return (
    <section className="inspector-section" data-testid="map-inspector">
      <h3>{w.inspector.map}</h3>
      <LockedReasons reasons={reasonsOf(Object.values(locked))} />
      <Field label={w.inspector.title}>
        <CommitInput testId="map-title" locked={locked.title} value={map.title} onCommit={(v) => edit.map('title', v)} />
      </Field>
      <Field label={w.inspector.type}>
        <select data-testid="map-type" {...lockedProps(locked.type)} value={map.type} onChange={(e) => edit.map('type', e.target.value as JourneyMap['type'])}>
          {MAP_TYPES.map((type) => (
            <option key={type} value={type}>
              {w.types[type]}
            </option>
          ))}
        </select>
      </Field>
      <Field label={w.inspector.goal}>
        <CommitInput multiline testId="map-goal" locked={locked.goal} value={map.goal ?? ''} onCommit={(v) => edit.map('goal', v)} />
      </Field>
      <Field label={w.inspector.scenario}>
        <CommitInput multiline testId="map-scenario" locked={locked.scenario} value={map.scenario ?? ''} onCommit={(v) => edit.map('scenario', v)} />
      </Field>
      <Field label={w.inspector.locale}>
        <select data-testid="map-locale" {...lockedProps(locked.locale)} value={map.locale.startsWith('id') ? 'id' : map.locale.startsWith('en') ? 'en' : map.locale} onChange={(e) => edit.map('locale', e.target.value)}>
          <option value="en">{w.languages.en}</option>
          <option value="id">{w.languages.id}</option>
          {!['en', 'id'].includes(map.locale.slice(0, 2)) && <option value={map.locale}>{map.locale}</option>}
        </select>
      </Field>
      <Field label={w.inspector.reviewBy}>
        <span className="row">
          <DateField testId="review-by" label={w.inspector.reviewBy} disabled={locked.reviewBy !== null} reason={locked.reviewBy ?? undefined} value={map.reviewBy ?? ''} onCommit={(iso) => edit.map('reviewBy', iso)} />
          <button data-testid="review-in-three-months" {...lockedProps(locked.reviewBy)} onClick={() => edit.map('reviewBy', threeMonthsOn())}>{w.inspector.threeMonths}</button>
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
                  <button data-testid={`show-lane-${lane.id}`} {...lockedProps(locked.showLane)} onClick={() => edit.apply(ops.setLaneHidden, { id: lane.id, hidden: false })}>{w.menu.showLane}</button>
                </li>
              ))}
          </ul>
        </Field>
      )}
    </section>
  );
}
