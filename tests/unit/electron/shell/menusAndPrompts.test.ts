// The native menus and the main process's prompts speak both interface
// languages, item for item; each menu item runs the action it names, keys
// that type are never accelerators, and macOS gets its application menu.
import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { actionWords, type ActionId } from '../../../../shared/actions/registry';
import { accelerator, menuTemplate, reportedMenuStates } from '../../../../electron/shell/menu';
import { words } from '../../../../shared/i18n/languages';

const SHELL_PROMPTS = { en: words('en').shell.prompts, id: words('id').shell.prompts };

type Item = MenuItemConstructorOptions;

function items(menu: Item[]): Item[] {
  return menu.flatMap((group) => (group.submenu as Item[]).filter((item) => item.type !== 'separator'));
}

function named(menu: Item[], id: ActionId, language: 'en' | 'id' = 'en'): Item {
  const name = actionWords(id, language).name;
  const found = items(menu).find((item) => item.label === name || item.label?.startsWith(`${name} [`));
  if (!found) throw new Error(`no item for ${id}`);
  return found;
}

const noop = () => {};

describe('the native menus', () => {
  it('have the same items in English and Indonesian, each named in its language', () => {
    const en = menuTemplate('en', noop, { platform: 'linux' });
    const id = menuTemplate('id', noop, { platform: 'linux' });
    expect(en.map((g) => g.label)).toEqual(['File', 'Edit', 'Board', 'Workshop', 'View']);
    expect(id.map((g) => g.label)).toEqual(['Berkas', 'Sunting', 'Papan', 'Lokakarya', 'Tampilan']);
    expect(items(id)).toHaveLength(items(en).length);
    expect(named(id, 'save', 'id').label).toBe('Simpan');
    expect(named(en, 'save').accelerator).toBe('CmdOrCtrl+S');
  });

  it('run the action they name through the page, whose keyboard has the shortcut (no accelerator registered)', () => {
    const ran: string[] = [];
    const save = named(menuTemplate('id', (action) => ran.push(action), { platform: 'win32' }), 'save', 'id');
    expect(save.registerAccelerator).toBe(false);
    (save.click as () => void)();
    expect(ran).toEqual(['save']);
  });

  it('never make a key that types an accelerator: it is shown in the label, as VS Code does', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      for (const item of items(menuTemplate('en', noop, { platform }))) {
        if (item.accelerator !== undefined && !item.role) expect(String(item.accelerator), String(item.label)).toMatch(/^CmdOrCtrl\+/);
      }
    }
    const mac = menuTemplate('en', noop, { platform: 'darwin' });
    expect(named(mac, 'newNote').label).toBe('Add a note [N]');
    expect(named(mac, 'newNote')).not.toHaveProperty('accelerator');
    expect(named(mac, 'fit').label).toBe('Fit the whole map [0]');
    expect(named(mac, 'cheatSheet').label).toBe('Keyboard shortcuts [?]');
    expect(named(mac, 'zoomIn').label).toBe('Zoom in [+]');
    expect(named(mac, 'delete').label).toBe('Delete [Delete]');
    expect(named(mac, 'present').label).toBe('Present the map (full screen, stage by stage) [F5]');
    expect(named(mac, 'filters').accelerator).toBe('CmdOrCtrl+Shift+F');
  });

  it('on macOS, open with the application menu (About, Settings…, Services, Hide, Quit) and have no Quit in File', () => {
    const ran: string[] = [];
    const mac = menuTemplate('id', (action) => ran.push(action), { platform: 'darwin' });
    expect(mac.map((g) => g.label)).toEqual(['Jejak', 'Berkas', 'Sunting', 'Papan', 'Lokakarya', 'Tampilan']);
    const app = (mac[0]!.submenu as Item[]).filter((item) => item.type !== 'separator');
    expect(app.map((item) => item.role ?? item.label)).toEqual(['about', 'Pengaturan…', 'services', 'hide', 'hideOthers', 'unhide', 'quit']);
    expect(app.find((item) => item.role === 'quit')?.label).toBe('Keluar dari Jejak');
    const settings = app[1]!;
    expect(settings.accelerator).toBe('CmdOrCtrl+,');
    (settings.click as () => void)();
    expect(ran).toEqual(['settings']);
    const file = mac[1]!.submenu as Item[];
    expect(file.some((item) => item.role === 'quit' || item.label === 'Pengaturan…')).toBe(false);
  });

  it('elsewhere, have Settings… and Quit at the end of File', () => {
    const file = menuTemplate('en', noop, { platform: 'win32' })[0]!.submenu as Item[];
    expect(file.at(-1)).toMatchObject({ role: 'quit', label: 'Exit' });
    expect(file.find((item) => item.label === 'Settings…')?.accelerator).toBe('CmdOrCtrl+,');
    expect((menuTemplate('id', noop, { platform: 'linux' })[0]!.submenu as Item[]).at(-1)).toMatchObject({ role: 'quit', label: 'Keluar' });
  });

  it('edit text fields too: the clipboard by roles; undo, redo and select all through the page, which knows the field from the board', () => {
    const edit = menuTemplate('en', noop, { platform: 'darwin' })[2]!.submenu as Item[];
    expect(edit.filter((item) => item.role).map((item) => item.role)).toEqual(['cut', 'copy', 'paste']);
    for (const id of ['undo', 'redo', 'selectAll'] as const) {
      const item = named([{ submenu: edit }], id);
      expect(item.role).toBeUndefined();
      expect(typeof item.click).toBe('function');
    }
    expect(named([{ submenu: edit }], 'undo').accelerator).toBe('CmdOrCtrl+Z');
  });

  it('grey what the page reports it cannot run, with the reason as the tooltip on macOS', () => {
    const mac = menuTemplate('en', noop, { platform: 'darwin', disabled: { undo: 'nothingToUndo', copy: 'noSelection' } });
    expect(named(mac, 'undo')).toMatchObject({ enabled: false, toolTip: 'There is nothing to undo.' });
    expect(named(mac, 'copy')).toMatchObject({ role: 'copy', enabled: false });
    expect(named(mac, 'redo').enabled).toBe(true);
    expect(named(menuTemplate('en', noop, { platform: 'linux', disabled: { undo: 'nothingToUndo' } }), 'undo').toolTip).toBeUndefined();
  });

  it('show the switches as checkboxes, ticked as the page reports; a report can grey and tick, never add', () => {
    const file = menuTemplate('en', noop, { platform: 'linux', ticked: ['autoSave'] });
    expect(named(file, 'autoSave')).toMatchObject({ type: 'checkbox', checked: true });
    expect(named(file, 'reviewMode')).toMatchObject({ type: 'checkbox', checked: false });
    expect(named(file, 'save').type).toBeUndefined();
    expect(reportedMenuStates({ disabled: { undo: 'nothingToUndo', nope: 'noMap', redo: 'made up' }, ticked: ['autoSave', 'save', 'nope', 7] })).toEqual({
      disabled: { undo: 'nothingToUndo' },
      ticked: ['autoSave'],
    });
    expect(reportedMenuStates(null)).toEqual({ disabled: {}, ticked: [] });
    expect(reportedMenuStates({ disabled: 'x', ticked: 'autoSave' })).toEqual({ disabled: {}, ticked: [] });
  });

  it('turn the registry shortcuts into Electron accelerators', () => {
    expect(accelerator('Mod+Shift+Z')).toBe('CmdOrCtrl+Shift+Z');
    expect(accelerator('ArrowLeft')).toBe('Left');
    expect(accelerator('?')).toBe('Shift+/');
    expect(accelerator('Mod+Plus')).toBe('CmdOrCtrl+Plus');
    expect(accelerator('Mod+,')).toBe('CmdOrCtrl+,');
  });
});

describe("the main process's prompts", () => {
  it('say the same things in both languages, filled in with the map and the link', () => {
    expect(Object.keys(SHELL_PROMPTS.id).sort()).toEqual(Object.keys(SHELL_PROMPTS.en).sort());
    expect(SHELL_PROMPTS.en.unsavedOnClose('Hotel check-in')).toBe('Save the changes to "Hotel check-in" before closing?');
    expect(SHELL_PROMPTS.id.unsavedOnClose('Check-in hotel')).toBe('Simpan perubahan pada "Check-in hotel" sebelum ditutup?');
    expect([SHELL_PROMPTS.en.save, SHELL_PROMPTS.en.dontSave, SHELL_PROMPTS.en.cancel]).toEqual(['Save', 'Don’t save', 'Cancel']);
    expect([SHELL_PROMPTS.id.save, SHELL_PROMPTS.id.dontSave, SHELL_PROMPTS.id.cancel]).toEqual(['Simpan', 'Jangan simpan', 'Batal']);
    expect(SHELL_PROMPTS.id.openLink('example.org')).toBe('Buka example.org di peramban?');
    for (const key of Object.keys(SHELL_PROMPTS.en) as (keyof typeof SHELL_PROMPTS.en)[]) {
      if (typeof SHELL_PROMPTS.en[key] === 'string') expect(SHELL_PROMPTS.id[key]).not.toBe(SHELL_PROMPTS.en[key]);
    }
  });
});
