// Personas beside the map: who the journey is drawn for, with a photo from a
// file. Each field commits when the person is done typing; each is disabled,
// saying why, while review mode would refuse its change.
import { useState } from 'react';
import type { Asset, JourneyMap, Persona } from '../../shared/format/types';
import { newId } from '../../shared/ids';
import { ops, type PersonaFields } from '../../shared/ops';
import { checkStoredPicture, type StoredPictureRefusal } from '../../shared/pictures/storedPicture';
import { notShownMessage, PictureNotShown } from '../pictures/PictureNotShown';
import { PERSONA_DROP_ATTRIBUTE } from '../pictures/usePictures';
import { paletteColor } from '../../shared/layout/personaCurves';
import { LIGHT_THEME } from '../../shared/layout/theme';
import type { Edit } from './edit';
import { CommitInput, Field, LockedReasons } from './fields';
import { lockedProps, reasonsOf } from './lockedReasons';
import type { Refusals } from './useRefusals';
import { useWords } from '../words';
import { personaInitials } from '../../shared/layout/personaInitials';

type ListKey = 'goals' | 'frustrations' | 'motivations' | 'channels';
const LISTS: ListKey[] = ['goals', 'frustrations', 'motivations', 'channels'];

// A photo dropped onto a persona's row is that persona's (the window's drop handling finds PERSONA_DROP_ATTRIBUTE).
export function PersonasPanel({ map, edit, refusals, choosePhoto }: { map: JourneyMap; edit: Edit; refusals: Refusals; choosePhoto(personaId: string): void }) {
  const w = useWords();
  const [open, setOpen] = useState<string | null>(null);
  const update = (persona: Persona, fields: PersonaFields) => edit.apply(ops.updatePersona, { id: persona.id, fields });
  const locked = {
    update: refusals.of(ops.updatePersona),
    photo: refusals.of(ops.setPersonaPhoto),
    remove: refusals.of(ops.deletePersona),
    add: refusals.of(ops.addPersona),
  };
  return (
    <section className="inspector-section" data-testid="personas-panel">
      <h3>{w.personas.heading}</h3>
      <LockedReasons reasons={reasonsOf(Object.values(locked))} />
      <ul className="persona-list">
        {map.personas.map((persona, i) => (
          <li key={persona.id} {...{ [PERSONA_DROP_ATTRIBUTE]: persona.id }} data-testid={`persona-${persona.id}`}>
            <button className="persona-head" onClick={() => setOpen(open === persona.id ? null : persona.id)} aria-expanded={open === persona.id}>
              <PersonaAvatar persona={persona} map={map} index={i} />
              <span>
                <strong>{persona.name}</strong>
                <small className="muted">{persona.role ?? ''}</small>
              </span>
            </button>
            {open === persona.id && (
              <div className="persona-form">
                <PhotoNotShown map={map} persona={persona} />
                <Field label={w.personas.name}>
                  <CommitInput testId="persona-name" locked={locked.update} value={persona.name} onCommit={(name) => update(persona, { name })} />
                </Field>
                <Field label={w.personas.role}>
                  <CommitInput testId="persona-role" locked={locked.update} value={persona.role ?? ''} onCommit={(role) => update(persona, { role })} />
                </Field>
                <Field label={w.personas.age}>
                  <CommitInput type="number" testId="persona-age" locked={locked.update} value={persona.age === undefined ? '' : String(persona.age)} onCommit={(v) => update(persona, { age: v === '' ? undefined : Number(v) })} />
                </Field>
                <Field label={w.personas.bio}>
                  <CommitInput multiline testId="persona-bio" locked={locked.update} value={persona.bio ?? ''} onCommit={(bio) => update(persona, { bio })} />
                </Field>
                <Field label={w.personas.quote}>
                  <CommitInput multiline testId="persona-quote" locked={locked.update} value={persona.quote ?? ''} onCommit={(quote) => update(persona, { quote })} />
                </Field>
                {LISTS.map((key) => (
                  <Field key={key} label={`${w.personas[key]} (${w.personas.onePerLine})`}>
                    <CommitInput multiline testId={`persona-${key}`} locked={locked.update} value={(persona[key] ?? []).join('\n')} onCommit={(v) => update(persona, { [key]: v.split('\n').map((s) => s.trim()).filter(Boolean) })} />
                  </Field>
                ))}
                <div className="row">
                  <button data-testid="persona-photo" {...lockedProps(locked.photo)} onClick={() => choosePhoto(persona.id)}>{w.personas.photo}…</button>
                  {persona.photo && <button data-testid="persona-remove-photo" {...lockedProps(locked.photo)} onClick={() => edit.apply(ops.setPersonaPhoto, { id: persona.id, photo: null })}>{w.inspector.removeImage}</button>}
                  <button className="danger-text" data-testid="persona-delete" {...lockedProps(locked.remove)} onClick={() => edit.apply(ops.deletePersona, { id: persona.id })}>{w.personas.remove}</button>
                </div>
              </div>
            )}
          </li>
        ))}
      </ul>
      <button
        data-testid="add-persona"
        {...lockedProps(locked.add)}
        onClick={() => {
          const id = newId('persona');
          if (edit.apply(ops.addPersona, { id, name: `Persona ${map.personas.length + 1}` })) setOpen(id);
        }}
      >
        {w.personas.add}
      </button>
    </section>
  );
}

function storedPhoto(map: JourneyMap, persona: Persona): Asset | null {
  return persona.photo && map.assets && Object.hasOwn(map.assets, persona.photo) ? map.assets[persona.photo]! : null;
}

/** Why the persona's photo is not shown, when it has one that may not be decoded (storedPicture.ts). */
function refusedPhoto(map: JourneyMap, persona: Persona): StoredPictureRefusal | null {
  const photo = storedPhoto(map, persona);
  const checked = photo ? checkStoredPicture(photo) : null;
  return checked && !checked.usable ? checked : null;
}

function PhotoNotShown({ map, persona }: { map: JourneyMap; persona: Persona }) {
  const refused = refusedPhoto(map, persona);
  return refused ? <PictureNotShown refusal={refused} /> : null;
}

function PersonaAvatar({ persona, map, index }: { persona: Persona; map: JourneyMap; index: number }) {
  const w = useWords();
  const photo = storedPhoto(map, persona);
  const refused = refusedPhoto(map, persona);
  // The same initials as the board's persona strip draws.
  const initial = personaInitials(persona.name);
  if (photo && !refused) return <img alt="" src={`data:${photo.mime};base64,${photo.data}`} />;
  // A photo that may not be decoded: the grey of the board's card, and why (in full when the persona is opened).
  if (refused) return <span className="initials not-shown" title={notShownMessage(refused, w)}>{initial}</span>;
  // In the persona's colour, as the persona strip and the persona's emotion curve (curveIdentity.ts).
  return <span className="initials" style={{ background: paletteColor(LIGHT_THEME, index) }}>{initial}</span>;
}
