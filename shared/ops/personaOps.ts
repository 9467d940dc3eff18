// Operations on personas, the customers a map is drawn for.
import { LIMITS, PERSONA_FIELDS } from '../format/schema';
import type { Asset, Persona } from '../format/types';
import { dropAssetIfUnused, linkAsset } from './assets';
import { setField } from './fields';
import { findPersona, requireFreeId } from './find';
import { defineOp } from './operation';
import { refuse, requireValid } from './refusal';

/** Persona keys set by `updatePersona` (photo has its own operation). */
export type PersonaFields = Partial<Omit<Persona, 'id' | 'photo'>>;

const EDITABLE = PERSONA_FIELDS.filter((f) => f.key !== 'id' && f.key !== 'photo').map((f) => f.key);

function assignPersonaFields(persona: object, fields: PersonaFields): void {
  for (const [key, value] of Object.entries(fields)) {
    if (!EDITABLE.includes(key)) throw new Error(`updatePersona cannot set ${key}`);
    setField(persona, PERSONA_FIELDS, key, value);
  }
}

export const addPersona = defineOp<{ id: string; name: string; fields?: PersonaFields }>({
  name: 'persona.add',
  run: (d, { id, name, fields = {} }) => {
    requireValid('id', { t: 'id' }, id);
    requireFreeId(d.personas.map((p) => p.id), id, 'personas');
    if (d.personas.length >= LIMITS.maxPersonas) refuse({ code: 'too-many', collection: 'personas', limit: LIMITS.maxPersonas });
    const persona = { id, name: '' };
    setField(persona, PERSONA_FIELDS, 'name', name);
    assignPersonaFields(persona, fields);
    d.personas.push(persona);
  },
});

export const updatePersona = defineOp<{ id: string; fields: PersonaFields }>({
  name: 'persona.update',
  run: (d, { id, fields }) => assignPersonaFields(findPersona(d, id), fields),
  // Typing into one field of one persona is one undo step.
  coalesceKey: ({ id, fields }) => `persona:${id}:${Object.keys(fields).sort().join(',')}`,
});

/** Deletes a persona; lanes that recorded its experience keep their notes but no longer name it. */
export const deletePersona = defineOp<{ id: string }>({
  name: 'persona.delete',
  run: (d, { id }) => {
    const persona = findPersona(d, id);
    const photo = persona.photo;
    d.personas.splice(d.personas.indexOf(persona), 1);
    for (const lane of d.lanes) if (lane.persona === id) delete lane.persona;
    if (d.primaryPersona === id) delete d.primaryPersona;
    dropAssetIfUnused(d, photo);
  },
});

/** A persona's photo: a new asset given with it, an existing asset's id, or null to remove it. */
export const setPersonaPhoto = defineOp<{ id: string; photo: string | null; asset?: Asset }>({
  name: 'persona.setPhoto',
  run: (d, { id, photo, asset }) => linkAsset(d, findPersona(d, id) as unknown as Record<string, unknown>, 'photo', photo, asset),
});
