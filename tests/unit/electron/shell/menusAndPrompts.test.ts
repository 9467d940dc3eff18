// The native menus and the main process's prompts speak both interface
// languages, item for item, and each menu item runs the action it names.
import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { ACTION_NAMES } from '../../../../shared/i18n/actionNames';
import { accelerator, menuTemplate } from '../../../../electron/shell/menu';
import { SHELL_PROMPTS } from '../../../../electron/shell/prompts';

function items(menu: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return menu.flatMap((group) => (group.submenu as MenuItemConstructorOptions[]).filter((item) => item.type !== 'separator'));
}

describe('the native menus', () => {
  it('have the same items in English and Indonesian, each named in its language', () => {
    const en = menuTemplate('en', () => {});
    const id = menuTemplate('id', () => {});
    expect(en.map((g) => g.label)).toEqual(['File', 'Edit', 'Board', 'Workshop', 'View']);
    expect(id.map((g) => g.label)).toEqual(['Berkas', 'Sunting', 'Papan', 'Lokakarya', 'Tampilan']);
    expect(items(id)).toHaveLength(items(en).length);
    const idLabels = new Set(Object.values(ACTION_NAMES.id));
    for (const item of items(id)) expect(idLabels).toContain(item.label);
    expect(items(en).find((item) => item.label === ACTION_NAMES.en.save)?.accelerator).toBe('CmdOrCtrl+S');
  });

  it('run the action they name, through the board (no accelerator registered twice)', () => {
    const ran: string[] = [];
    const save = items(menuTemplate('id', (action) => ran.push(action))).find((item) => item.label === ACTION_NAMES.id.save)!;
    expect(save.registerAccelerator).toBe(false);
    (save.click as () => void)();
    expect(ran).toEqual(['save']);
  });

  it('turn the registry shortcuts into Electron accelerators', () => {
    expect(accelerator('Mod+Shift+Z')).toBe('CmdOrCtrl+Shift+Z');
    expect(accelerator('ArrowLeft')).toBe('Left');
    expect(accelerator('?')).toBe('Shift+/');
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
