// A third language is its folder and one line in shared/i18n/languages.ts.
// Its folder must give every word English gives, with sentences of the same
// values, and name every action (the definitions name them only in English
// and Indonesian): each lapse below must not compile. The lookup then finds
// an action's name in the definition first, else in the language's folder.
import { describe, expect, it, vi } from 'vitest';
import type { ActionWords } from '../../../../shared/actions/action';
import { ACTION_IDS, actionOf, actionWords, type ActionId } from '../../../../shared/actions/registry';
import { languageRegistry, WORDS, type Language } from '../../../../shared/i18n/languages';
import type { Words } from '../../../../shared/i18n/words';

// A third language for this file only: English's words, and its own action names.
vi.mock('../../../../shared/i18n/languages', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../../shared/i18n/languages')>();
  const actions = new Proxy({}, { get: (_, id) => ({ name: `xx ${String(id)}` }) });
  return { ...real, WORDS: { ...real.WORDS, xx: { ...real.WORDS.en, actions } } };
});

const { en, id } = WORDS;
const everyAction = Object.fromEntries(ACTION_IDS.map((action) => [action, { name: `xx ${action}` }])) as Record<ActionId, ActionWords>;
const { save: _save, ...allButSave } = everyAction;
const { app: _app, ...allButApp } = en;

describe('what a language folder must give', () => {
  it('compiles with every word and every action named, and not otherwise', () => {
    expect(languageRegistry({ en, id, xx: { ...en, actions: everyAction } })).toBeTruthy();

    // @ts-expect-error A language the definitions do not name actions in must name them all in its folder.
    languageRegistry({ en, id, xx: en });
    // @ts-expect-error An action added without its name in such a language (here, Save).
    languageRegistry({ en, id, xx: { ...en, actions: allButSave } });
    // @ts-expect-error A folder that leaves out an area of words (here, the page's app words).
    languageRegistry({ en, id, xx: { ...allButApp, actions: everyAction } });
    // @ts-expect-error A sentence with other values than English's ("Saved" takes none; "Not saved: …" takes the message).
    languageRegistry({ en, id, xx: { ...en, actions: everyAction, board: { ...en.board, saveFailed: (p: { reason: string }) => p.reason } } });
    // @ts-expect-error A word English does not have.
    const extra: Words = { ...id, nickname: 'Jejak' };
    // @ts-expect-error A sentence given as plain text.
    const plain: Words = { ...id, start: { ...id.start, changed: 'diubah' } };
    expect([extra, plain]).toHaveLength(2);
  });
});

describe('an action name', () => {
  it('comes from the definition in English and Indonesian, and from the folder in a third language', () => {
    expect(actionWords('save', 'en')).toBe(actionOf('save').words.en);
    expect(actionWords('save', 'id')).toBe(actionOf('save').words.id);
    expect(actionWords('save', 'xx' as Language)).toEqual({ name: 'xx save' });
    expect(actionWords('cheatSheet', 'xx' as Language)).toEqual({ name: 'xx cheatSheet' });
  });
});
