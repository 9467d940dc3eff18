// The action registry: one definition per action, named in both languages,
// found by its search words, with keys per platform, a place in the menus,
// and enabled-when rules that say why an action waits.
import { describe, expect, it } from 'vitest';
import { START_SCREEN, type ActionState } from '../../../../shared/actions/action';
import { actionStates, availability, switchedOn } from '../../../../shared/actions/availability';
import { MENU_GROUPS, menuSections } from '../../../../shared/actions/menus';
import { reasonText, type Reason } from '../../../../shared/actions/reasons';
import { words } from '../../../../shared/i18n/languages';
import { ACTION_FILES, ACTION_IDS, actionOf, keysOf } from '../../../../shared/actions/registry';
import { isSingleKey, shortcutLabel } from '../../../../shared/actions/shortcuts';
import { searchActions } from '../../../../renderer/actions/paletteSearch';

const ON_BOARD: ActionState = { mapOpen: true, typing: false, selectedNotes: 0, canUndo: false, canRedo: false, emotionCurves: 0, on: [] };

describe('the action registry', () => {
  it('has each id in exactly one file of definitions', () => {
    const ids = ACTION_FILES.flatMap((file) => Object.keys(file));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ACTION_IDS.length).toBe(ids.length);
  });

  it('names every action in both languages, differently, and no two alike', () => {
    for (const language of ['en', 'id'] as const) {
      const names = ACTION_IDS.map((id) => actionOf(id).words[language].name);
      for (const name of names) expect(name.trim()).not.toBe('');
      expect(new Set(names).size, language).toBe(names.length);
    }
    for (const id of ACTION_IDS) expect(actionOf(id).words.id.name, id).not.toBe(actionOf(id).words.en.name);
    for (const reason of Object.keys(words('en').reasons) as Reason[]) expect(reasonText(reason, 'id')).not.toBe(reasonText(reason, 'en'));
  });

  it('gives each shortcut to one action per platform', () => {
    for (const platform of ['mac', 'other'] as const) {
      const keys = ACTION_IDS.flatMap((id) => keysOf(id, platform).map((k) => k.toLowerCase()));
      expect(new Set(keys).size, platform).toBe(keys.length);
    }
    expect(keysOf('redo', 'other')).toEqual(['Mod+Shift+Z', 'Mod+Y']);
    expect(keysOf('redo', 'mac')).toEqual(['Mod+Shift+Z']);
  });

  it('tells keys that type from commands, and writes them as each platform does', () => {
    expect(['N', '0', '?', 'Delete', 'Enter', 'Shift+Enter', 'ArrowLeft', 'Alt+ArrowLeft', 'Plus', 'F5'].every(isSingleKey)).toBe(true);
    expect(['Mod+S', 'Mod+Shift+F', 'Mod+,'].some(isSingleKey)).toBe(false);
    expect(shortcutLabel('Mod+Shift+Z', 'mac')).toBe('⌘⇧Z');
    expect(shortcutLabel('Mod+Shift+Z', 'other')).toBe('Ctrl+Shift+Z');
    expect(shortcutLabel('Plus', 'other')).toBe('+');
    expect(shortcutLabel('Alt+ArrowDown', 'mac')).toBe('⌥↓');
  });

  it('places the menus in sections, Settings in the application menu on macOS only', () => {
    for (const group of MENU_GROUPS) expect(menuSections(group, 'other').flat().length, group).toBeGreaterThan(3);
    expect(menuSections('file', 'other').flat()).toContain('settings');
    expect(menuSections('file', 'mac').flat()).not.toContain('settings');
    expect(menuSections('app', 'mac')).toEqual([['settings']]);
    expect(menuSections('edit', 'other')).toEqual([['undo', 'redo'], ['cut', 'copy', 'paste', 'duplicate', 'delete'], ['selectAll', 'find']]);
  });

  it('says why an action waits: no map, no selection, nothing to undo, too few curves', () => {
    expect(availability('open', START_SCREEN)).toBeNull();
    expect(availability('settings', START_SCREEN)).toBeNull();
    expect(availability('save', START_SCREEN)).toBe('noMap');
    expect(Object.keys(actionStates(START_SCREEN).disabled).sort()).toEqual(ACTION_IDS.filter((id) => id !== 'open' && id !== 'settings').sort());
    expect(availability('delete', ON_BOARD)).toBe('noSelection');
    expect(availability('delete', { ...ON_BOARD, selectedNotes: 2 })).toBeNull();
    expect(availability('undo', ON_BOARD)).toBe('nothingToUndo');
    // While typing in a field, undo and the clipboard are the field's: never greyed.
    expect(availability('undo', { ...ON_BOARD, typing: true })).toBeNull();
    expect(availability('copy', { ...ON_BOARD, typing: true })).toBeNull();
    expect(availability('curves', ON_BOARD)).toBe('noCurves');
    expect(availability('curves', { ...ON_BOARD, emotionCurves: 1 })).toBe('oneCurve');
    expect(availability('curves', { ...ON_BOARD, emotionCurves: 2 })).toBeNull();
  });

  it('ticks a switch while its setting is on, and only switches', () => {
    expect(switchedOn('autoSave', ON_BOARD)).toBe(false);
    expect(switchedOn('autoSave', { ...ON_BOARD, on: ['autoSave'] })).toBe(true);
    expect(switchedOn('save', { ...ON_BOARD, on: ['autoSave'] })).toBeNull();
    expect(actionStates({ ...ON_BOARD, on: ['autoSave', 'reviewMode', 'structureLock', 'silentRound'] }).ticked.sort()).toEqual(['autoSave', 'lockStructure', 'reviewMode', 'silentRound']);
    expect(actionStates(ON_BOARD).ticked).toEqual([]);
  });
});

describe("the palette's search", () => {
  it('finds by name first, then by search words, in either language', () => {
    expect(searchActions('Silent round', 'en')[0]).toBe('silentRound');
    expect(searchActions('Tambah tahap', 'id')[0]).toBe('addStage');
    expect(searchActions('pdf', 'en')).toEqual(['export']);
    expect(searchActions('bahasa', 'en')).toEqual(['settings']);
    expect(searchActions('simpan', 'en').slice(0, 2)).toEqual(['save', 'saveAs']);
    expect(searchActions('note add', 'en')).toContain('newNote');
    expect(searchActions('', 'en')).not.toContain('palette');
    expect(searchActions('zzz', 'id')).toEqual([]);
  });
});
