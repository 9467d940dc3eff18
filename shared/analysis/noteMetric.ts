// A note's metric, as every export reads it. A metric comes from two places
// on a map: a note's `metric` field (a name, a number, a unit), and a note in
// a metrics lane, whose words are the figure as the room wrote it on the wall
// ("NPS 32", "Drop-off 40% at payment"). A note with a field is read by its
// field wherever it sits; a note of a metrics lane without one is read as
// written, named by its lane; an empty one is no metric.
import type { JourneyMap, Lane, Note, Stage } from '../format/types';

export type NoteMetric =
  /** From the note's `metric` field. */
  | { from: 'field'; name: string; value: number; unit: string | null }
  /** A metrics lane's note without a field: its text is the figure, its lane's title the name. */
  | { from: 'lane'; name: string; text: string };

/** The metric `note` carries, or null; `lane` is the note's lane. */
export function noteMetric(note: Note, lane: Lane | undefined): NoteMetric | null {
  if (note.metric) return { from: 'field', name: note.metric.name, value: note.metric.value, unit: note.metric.unit?.trim() || null };
  const text = note.text.trim();
  if (lane?.kind === 'metrics' && text !== '') return { from: 'lane', name: lane.title, text };
  return null;
}

/** The metric's figure in words: "40.5 min" with `number` formatting the value, or the note's text. */
export function metricFigure(metric: NoteMetric, number: (value: number) => string): string {
  if (metric.from === 'lane') return metric.text;
  return metric.unit ? `${number(metric.value)} ${metric.unit}` : number(metric.value);
}

export interface MetricEntry {
  note: Note;
  stage: Stage;
  lane: Lane;
  metric: NoteMetric;
}

/**
 * Every metric of `map` (pass the map as exported), in the order of the wall:
 * stage by stage, and within a stage in the notes' order in the file.
 */
export function metricEntries(map: JourneyMap): MetricEntry[] {
  const stageIndex = new Map(map.stages.map((stage, index) => [stage.id, index]));
  const lanes = new Map(map.lanes.map((lane) => [lane.id, lane]));
  const entries: (MetricEntry & { at: number; stageAt: number })[] = [];
  map.notes.forEach((note, at) => {
    const stageAt = stageIndex.get(note.stage);
    const lane = lanes.get(note.lane);
    // A valid map never has a note outside its stages and lanes; skip one rather than fail an export.
    if (stageAt === undefined || !lane) return;
    const metric = noteMetric(note, lane);
    if (metric) entries.push({ note, stage: map.stages[stageAt]!, lane, metric, at, stageAt });
  });
  entries.sort((a, b) => a.stageAt - b.stageAt || a.at - b.at);
  return entries.map(({ note, stage, lane, metric }) => ({ note, stage, lane, metric }));
}
