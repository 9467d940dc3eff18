// Operations on stages, the columns of the map.
import { LIMITS, STAGE_FIELDS } from '../format/schema';
import { setField } from './fields';
import { findStage, requireFreeId, stageIndex } from './find';
import { defineOp } from './operation';
import { refuse, requireValid } from './refusal';
import { clampIndex, moveItem } from './reorder';
import { removeNotesWhere } from './noteList';

export const addStage = defineOp<{ id: string; title: string; index?: number; color?: string }>({
  name: 'stage.add',
  run: (d, { id, title, index, color }) => {
    requireValid('id', { t: 'id' }, id);
    requireFreeId(d.stages.map((s) => s.id), id, 'stages');
    if (d.stages.length >= LIMITS.maxStages) refuse({ code: 'too-many', collection: 'stages', limit: LIMITS.maxStages });
    const stage = { id, title: '' };
    setField(stage, STAGE_FIELDS, 'title', title);
    setField(stage, STAGE_FIELDS, 'color', color);
    d.stages.splice(clampIndex(index, d.stages.length), 0, stage);
  },
});

export const renameStage = defineOp<{ id: string; title: string }>({
  name: 'stage.rename',
  run: (d, { id, title }) => setField(findStage(d, id), STAGE_FIELDS, 'title', title),
  coalesceKey: ({ id }) => `stage.title:${id}`,
});

/** `color` null returns the stage to the theme's colour. */
export const recolourStage = defineOp<{ id: string; color: string | null }>({
  name: 'stage.recolour',
  run: (d, { id, color }) => setField(findStage(d, id), STAGE_FIELDS, 'color', color),
});

export const moveStage = defineOp<{ id: string; index: number }>({
  name: 'stage.move',
  run: (d, { id, index }) => moveItem(d.stages, stageIndex(d, id), index),
});

/** Deletes a stage and every note in it; returns how many notes went. */
export const deleteStage = defineOp<{ id: string }, { removedNotes: number }>({
  name: 'stage.delete',
  run: (d, { id }) => {
    const i = stageIndex(d, id);
    if (d.stages.length <= 1) refuse({ code: 'last-one', collection: 'stages' });
    const removedNotes = removeNotesWhere(d, (n) => n.stage === id);
    d.stages.splice(i, 1);
    return { removedNotes };
  },
});
