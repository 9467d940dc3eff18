// Personas beside the map: who the journey is drawn for, with a photo from a
// file. Each field commits when the person is done typing.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyMap, Persona } from '../../shared/format/types';
import { newId } from '../../shared/ids';
import { ops, type PersonaFields } from '../../shared/ops';
import { PERSONA_DROP_ATTRIBUTE } from '../pictures/usePictures';
import { paletteColor } from '../../shared/layout/personaCurves';
import { LIGHT_THEME } from '../../shared/layout/theme';
import type { Edit } from './edit';
import { CommitInput, Field } from './fields';

type ListKey = 'goals' | 'frustrations' | 'motivations' | 'channels';
const LISTS: ListKey[] = ['goals', 'frustrations', 'motivations', 'channels'];

// A photo dropped onto a persona's row is that persona's (the window's drop handling finds PERSONA_DROP_ATTRIBUTE).
export function PersonasPanel({ map, edit, choosePhoto }: { map: JourneyMap; edit: Edit; choosePhoto(personaId: string): void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<string | null>(null);
  const update = (persona: Persona, fields: PersonaFields) => edit.apply(ops.updatePersona, { id: persona.id, fields });
  return (
    <section className="inspector-section" data-testid="personas-panel">
      <h3>{t('personas.heading')}</h3>
      <ul className="persona-list">
        {map.personas.map((persona, i) => (
          <li key={persona.id} {...{ [PERSONA_DROP_ATTRIBUTE]: persona.id }} data-testid={`persona-${persona.id}`}>
            <button className="persona-head" onClick={() => setOpen(open === persona.id ? null : persona.id)} aria-expanded={open === persona.id}>
              {persona.photo && map.assets?.[persona.photo] ? (
                <img alt="" src={`data:${map.assets[persona.photo]!.mime};base64,${map.assets[persona.photo]!.data}`} />
              ) : (
                // In the persona's colour, as the persona strip and the persona's emotion curve (curveIdentity.ts).
                <span className="initials" style={{ background: paletteColor(LIGHT_THEME, i) }}>{persona.name.slice(0, 1).toUpperCase()}</span>
              )}
              <span>
                <strong>{persona.name}</strong>
                <small className="muted">{persona.role ?? ''}</small>
              </span>
            </button>
            {open === persona.id && (
              <div className="persona-form">
                <Field label={t('personas.name')}>
                  <CommitInput value={persona.name} onCommit={(name) => update(persona, { name })} />
                </Field>
                <Field label={t('personas.role')}>
                  <CommitInput value={persona.role ?? ''} onCommit={(role) => update(persona, { role })} />
                </Field>
                <Field label={t('personas.age')}>
                  <CommitInput type="number" value={persona.age === undefined ? '' : String(persona.age)} onCommit={(v) => update(persona, { age: v === '' ? undefined : Number(v) })} />
                </Field>
                <Field label={t('personas.bio')}>
                  <CommitInput multiline value={persona.bio ?? ''} onCommit={(bio) => update(persona, { bio })} />
                </Field>
                <Field label={t('personas.quote')}>
                  <CommitInput multiline value={persona.quote ?? ''} onCommit={(quote) => update(persona, { quote })} />
                </Field>
                {LISTS.map((key) => (
                  <Field key={key} label={`${t(`personas.${key}`)} (${t('personas.onePerLine')})`}>
                    <CommitInput multiline value={(persona[key] ?? []).join('\n')} onCommit={(v) => update(persona, { [key]: v.split('\n').map((s) => s.trim()).filter(Boolean) })} />
                  </Field>
                ))}
                <div className="row">
                  <button onClick={() => choosePhoto(persona.id)}>{t('personas.photo')}…</button>
                  {persona.photo && <button onClick={() => edit.apply(ops.setPersonaPhoto, { id: persona.id, photo: null })}>{t('inspector.removeImage')}</button>}
                  <button className="danger-text" onClick={() => edit.apply(ops.deletePersona, { id: persona.id })}>{t('personas.remove')}</button>
                </div>
              </div>
            )}
          </li>
        ))}
      </ul>
      <button
        data-testid="add-persona"
        onClick={() => {
          const id = newId('persona');
          if (edit.apply(ops.addPersona, { id, name: `Persona ${map.personas.length + 1}` })) setOpen(id);
        }}
      >
        {t('personas.add')}
      </button>
    </section>
  );
}
