// Every message between the desktop window and the main process, in one
// place. The Host's calls are one channel per method of the protocol table
// (shared/host/protocol.ts) that IPC carries; the shell's own messages
// (the window's title and unsaved state, drops, present mode, the menus, a
// save asked for by a close) are listed below. The preload and the main
// process both import this; nothing crosses the bridge that is not here.
import { methodsOver, type ProtocolMethod } from '../../shared/host/protocol';

/** Renderer → main, with a reply: the Host's calls, one channel each, named arguments. */
const INVOKE_CHANNELS = Object.fromEntries(methodsOver('ipc').map((m) => [m, `jejak:${m}`])) as Partial<Record<ProtocolMethod, string>>;

export function invokeChannel(method: ProtocolMethod): string {
  const channel = INVOKE_CHANNELS[method];
  if (channel === undefined) throw new Error(`${method} is not carried over IPC`);
  return channel;
}

/** The page's own origin: only messages from it are answered. */
export const APP_ORIGIN = 'jejak://app';

/** The shell's own channels, by direction. */
export const SHELL_CHANNELS = {
  /** Renderer → main, no reply: the open map's title and unsaved state (window title, close prompt). */
  documentState: 'jejak:documentState',
  /** Renderer → main, no reply: which actions can run now, for the native menus (enabled, or the reason not). */
  actionStates: 'jejak:actionStates',
  /** Preload → main, no reply: the paths of files the person really dropped on the window (a trusted drop event). */
  dropped: 'jejak:dropped',
  /** Renderer → main, with a reply: open the .cjm dropped on the window, by a path the drop just granted. */
  openDropped: 'jejak:openDropped',
  /**
   * Renderer → main, with a reply: present mode starts (true) or ends (false).
   * The window goes full screen, on the second display when there is one;
   * the reply says where: 'second-display' or 'this-display'.
   */
  presentation: 'jejak:presentation',
  /** Main → renderer: a menu item was chosen; the renderer runs the action of that id. */
  runAction: 'jejak:runAction',
  /** Main → renderer: save the map before the window closes; the page answers on saveBeforeCloseDone. */
  saveBeforeClose: 'jejak:saveBeforeClose',
  /** Renderer → main, no reply: how that save went ({ request, outcome }). */
  saveBeforeCloseDone: 'jejak:saveBeforeCloseDone',
} as const;

export interface DocumentState {
  title: string;
  dirty: boolean;
}
