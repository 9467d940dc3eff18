// The desktop lifecycle's decisions (electron/shell/lifecycle.ts), every
// sequence the shell can meet, in Node: what a close, a quit, an open-file,
// a second instance and the Dock's activate do to windows, locks, exports
// and prompts. The effects are recorded in order, so each test reads as
// what a person would see happen.
import { describe, expect, it } from 'vitest';
import { Lifecycle, type LifecycleEffects, type SaveOutcome, type UnsavedChoice } from '../../../../electron/shell/lifecycle';

interface Script {
  /** Answers to the unsaved-changes prompt, by window, in the order asked. */
  unsaved?: Record<number, UnsavedChoice[]>;
  saves?: Record<number, SaveOutcome[]>;
  exports?: string[];
  stopExports?: boolean;
}

function world(platform: string, script: Script = {}) {
  const log: string[] = [];
  let next = 1;
  let exports = [...(script.exports ?? [])];
  const effects: LifecycleEffects = {
    openWindow: (path) => {
      const id = next++;
      log.push(`open window ${id} on ${path ?? 'the start screen'}`);
      return id;
    },
    focusWindow: (id) => log.push(`focus ${id}`),
    askUnsaved: async (id, title) => {
      const choice = script.unsaved?.[id]?.shift() ?? 'cancel';
      log.push(`ask ${id} about "${title}": ${choice}`);
      return choice;
    },
    askStopExports: async (files) => {
      log.push(`ask to stop ${files.join(', ')}: ${script.stopExports ? 'stop' : 'keep'}`);
      return script.stopExports === true;
    },
    save: async (id) => {
      const outcome = script.saves?.[id]?.shift() ?? 'saved';
      log.push(`save ${id}: ${outcome}`);
      return outcome;
    },
    releaseWindow: async (id, decided) => void log.push(`release locks of ${id}${decided ? '' : ', keeping its recovery journal'}`),
    destroyWindow: (id) => log.push(`destroy ${id}`),
    runningExports: () => exports,
    stopExports: async () => {
      log.push('stop exports');
      exports = [];
    },
    savesSettled: async () => void log.push('wait for saves'),
    exit: () => log.push('exit'),
  };
  const lifecycle = new Lifecycle(effects, platform);
  return { lifecycle, log };
}

/** A started app with one window per map, dirty as given. */
function started(platform: string, windows: { path: string; dirty?: boolean; title?: string }[], script: Script = {}) {
  const w = world(platform, script);
  for (const { path } of windows) w.lifecycle.openFile(path);
  w.lifecycle.ready();
  windows.forEach(({ dirty, title }, i) => w.lifecycle.documentChanged(i + 1, { title: title ?? `Map ${i + 1}`, dirty: dirty === true }));
  w.log.length = 0;
  return w;
}

describe('closing a window', () => {
  it('with nothing unsaved: its locks are released, then it goes; the last window on Windows and Linux ends the app', async () => {
    const { lifecycle, log } = started('linux', [{ path: '/maps/hotel.cjm' }]);
    expect(lifecycle.closeAllowed(1)).toBe(false);
    await lifecycle.requestClose(1);
    // Quitting makes sure no export is left running (here there was none to stop).
    expect(log).toEqual(['release locks of 1', 'destroy 1', 'stop exports', 'wait for saves', 'exit']);
    expect(lifecycle.quitAllowed()).toBe(true);
  });

  it('with unsaved changes, Save: the page saves, then the window goes', async () => {
    const { lifecycle, log } = started('win32', [{ path: '/maps/hotel.cjm', dirty: true, title: 'Hotel' }, { path: '/maps/other.cjm' }], { unsaved: { 1: ['save'] } });
    await lifecycle.requestClose(1);
    expect(log).toEqual(['focus 1', 'ask 1 about "Hotel": save', 'save 1: saved', 'release locks of 1', 'destroy 1']);
    expect(lifecycle.openWindows).toBe(1);
  });

  it("with unsaved changes, Don't save: the window goes without saving", async () => {
    const { lifecycle, log } = started('win32', [{ path: '/maps/hotel.cjm', dirty: true, title: 'Hotel' }, { path: '/maps/other.cjm' }], { unsaved: { 1: ['discard'] } });
    await lifecycle.requestClose(1);
    expect(log).toEqual(['focus 1', 'ask 1 about "Hotel": discard', 'release locks of 1', 'destroy 1']);
  });

  it('with unsaved changes, Cancel: nothing happens, the lock stays', async () => {
    const { lifecycle, log } = started('linux', [{ path: '/maps/hotel.cjm', dirty: true, title: 'Hotel' }], { unsaved: { 1: ['cancel'] } });
    await lifecycle.requestClose(1);
    expect(log).toEqual(['focus 1', 'ask 1 about "Hotel": cancel']);
    expect(lifecycle.openWindows).toBe(1);
    expect(lifecycle.closeAllowed(1)).toBe(false);
  });

  it('Save that fails (or is cancelled at Save as) keeps the window, its map and its lock; asked again, it can close', async () => {
    const { lifecycle, log } = started('linux', [{ path: '/maps/hotel.cjm', dirty: true, title: 'Hotel' }], {
      unsaved: { 1: ['save', 'save', 'save'] },
      saves: { 1: ['failed', 'cancelled', 'saved'] },
    });
    await lifecycle.requestClose(1);
    await lifecycle.requestClose(1);
    expect(log).toEqual(['focus 1', 'ask 1 about "Hotel": save', 'save 1: failed', 'focus 1', 'ask 1 about "Hotel": save', 'save 1: cancelled']);
    expect(lifecycle.openWindows).toBe(1);
    log.length = 0;
    await lifecycle.requestClose(1);
    expect(log).toEqual(['focus 1', 'ask 1 about "Hotel": save', 'save 1: saved', 'release locks of 1', 'destroy 1', 'stop exports', 'wait for saves', 'exit']);
  });

  it('a second close while the first is being asked about is not asked again', async () => {
    const { lifecycle, log } = started('darwin', [{ path: '/maps/hotel.cjm', dirty: true, title: 'Hotel' }], { unsaved: { 1: ['discard'] } });
    await Promise.all([lifecycle.requestClose(1), lifecycle.requestClose(1)]);
    expect(log.filter((line) => line.startsWith('ask'))).toHaveLength(1);
  });

  it('a window whose page went away releases its locks', async () => {
    const { lifecycle, log } = started('darwin', [{ path: '/maps/hotel.cjm', dirty: true }, { path: '/maps/other.cjm' }]);
    await lifecycle.windowGone(1);
    expect(log).toEqual(['release locks of 1, keeping its recovery journal']);
    expect(lifecycle.openWindows).toBe(1);
  });
});

describe('quitting', () => {
  it('asks each window in turn; when the second cancels, every map stays open, locked and watched as before', async () => {
    const { lifecycle, log } = started(
      'darwin',
      [
        { path: '/maps/a.cjm', dirty: true, title: 'A' },
        { path: '/maps/b.cjm', dirty: true, title: 'B' },
      ],
      { unsaved: { 1: ['discard'], 2: ['cancel'] }, exports: ['poster.pdf'] },
    );
    expect(lifecycle.quitAllowed()).toBe(false);
    expect(await lifecycle.requestQuit()).toBe(false);
    // Nothing released, no export stopped, no window destroyed.
    expect(log).toEqual(['focus 1', 'ask 1 about "A": discard', 'focus 2', 'ask 2 about "B": cancel']);
    expect(lifecycle.quitAllowed()).toBe(false);
    expect(lifecycle.openWindows).toBe(2);
    // The app goes on as before: a close still asks.
    log.length = 0;
    await lifecycle.requestClose(2);
    expect(log).toEqual(['focus 2', 'ask 2 about "B": cancel']);
  });

  it('with two windows that agree (one saves, one does not): only then exports stop, saves finish, locks go, windows close, the app ends', async () => {
    const { lifecycle, log } = started(
      'linux',
      [
        { path: '/maps/a.cjm', dirty: true, title: 'A' },
        { path: '/maps/b.cjm', dirty: true, title: 'B' },
        { path: '/maps/other.cjm' },
      ],
      { unsaved: { 1: ['save'], 2: ['discard'] } },
    );
    expect(await lifecycle.requestQuit()).toBe(true);
    expect(log).toEqual([
      'focus 1',
      'ask 1 about "A": save',
      'save 1: saved',
      'focus 2',
      'ask 2 about "B": discard',
      'stop exports',
      'wait for saves',
      'release locks of 1',
      'destroy 1',
      'release locks of 2',
      'destroy 2',
      'release locks of 3',
      'destroy 3',
      'exit',
    ]);
    expect(lifecycle.quitAllowed()).toBe(true);
  });

  it('a failed save while quitting cancels the quit', async () => {
    const { lifecycle, log } = started('linux', [{ path: '/maps/a.cjm', dirty: true, title: 'A' }], { unsaved: { 1: ['save'] }, saves: { 1: ['failed'] } });
    expect(await lifecycle.requestQuit()).toBe(false);
    expect(log).toEqual(['focus 1', 'ask 1 about "A": save', 'save 1: failed']);
    expect(lifecycle.openWindows).toBe(1);
  });

  it('during an export: asked after the windows agree; keeping it cancels the quit with the export still running', async () => {
    const { lifecycle, log } = started('linux', [{ path: '/maps/a.cjm' }], { exports: ['hotel.pdf'], stopExports: false });
    expect(await lifecycle.requestQuit()).toBe(false);
    expect(log).toEqual(['ask to stop hotel.pdf: keep']);
    expect(lifecycle.openWindows).toBe(1);
  });

  it('during an export: stopping it quits, the export cancelled only after every window agreed', async () => {
    const { lifecycle, log } = started('linux', [{ path: '/maps/a.cjm', dirty: true, title: 'A' }], { unsaved: { 1: ['discard'] }, exports: ['hotel.pdf'], stopExports: true });
    expect(await lifecycle.requestQuit()).toBe(true);
    expect(log).toEqual(['focus 1', 'ask 1 about "A": discard', 'ask to stop hotel.pdf: stop', 'stop exports', 'wait for saves', 'release locks of 1', 'destroy 1', 'exit']);
  });
});

describe('opening maps from the system', () => {
  it('files handed over before the app is ready are queued, then each opens in its own window (no empty one)', () => {
    const { lifecycle, log } = world('darwin');
    lifecycle.openFile('/maps/a.cjm');
    lifecycle.secondInstance(['/maps/b.cjm']);
    expect(log).toEqual([]);
    lifecycle.ready();
    expect(log).toEqual(['open window 1 on /maps/a.cjm', 'open window 2 on /maps/b.cjm']);
  });

  it('with nothing handed over, the start screen opens', () => {
    const { lifecycle, log } = world('win32');
    lifecycle.ready();
    expect(log).toEqual(['open window 1 on the start screen']);
  });

  it('a second instance with a path opens it; a map already open comes forward instead of opening twice', () => {
    const { lifecycle, log } = started('win32', [{ path: '/maps/a.cjm' }]);
    lifecycle.secondInstance(['/maps/b.cjm']);
    lifecycle.secondInstance(['/maps/a.cjm']);
    expect(log).toEqual(['open window 2 on /maps/b.cjm', 'focus 1']);
  });

  it('a second instance with no path brings the first window forward', () => {
    const { lifecycle, log } = started('linux', [{ path: '/maps/a.cjm' }, { path: '/maps/other.cjm' }]);
    lifecycle.secondInstance([]);
    expect(log).toEqual(['focus 1']);
  });
});

describe('macOS', () => {
  it('the last window closed leaves the app running; activate then opens a window', async () => {
    const { lifecycle, log } = started('darwin', [{ path: '/maps/a.cjm' }]);
    await lifecycle.requestClose(1);
    expect(log).toEqual(['release locks of 1', 'destroy 1']);
    expect(lifecycle.quitAllowed()).toBe(false);
    log.length = 0;
    lifecycle.activate();
    expect(log).toEqual(['open window 2 on the start screen']);
    // With a window open, activate does nothing.
    lifecycle.activate();
    expect(log).toHaveLength(1);
  });

  it('quitting with no window open ends the app at once', async () => {
    const { lifecycle, log } = started('darwin', [{ path: '/maps/a.cjm' }]);
    await lifecycle.requestClose(1);
    log.length = 0;
    expect(await lifecycle.requestQuit()).toBe(true);
    expect(log).toEqual(['stop exports', 'wait for saves', 'exit']);
  });
});
