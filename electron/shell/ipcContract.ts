// Every message between the desktop window and the main process, in one
// place: channel → request → reply. The preload and the main process both
// import it; nothing crosses the bridge that is not listed here.
import type { Host } from '../../shared/host/host';
import { REMOTE_METHODS, type RemoteMethod } from '../../shared/host/remoteHost';

/** Renderer → main: the Host's remote calls, one channel each, named arguments. */
export type IpcRequest = { [M in RemoteMethod]: Record<string, unknown> };
export type IpcReply = { [M in RemoteMethod]: Awaited<ReturnType<NonNullable<Host[M]>>> };

export const INVOKE_CHANNELS: Record<RemoteMethod, string> = Object.fromEntries(REMOTE_METHODS.map((m) => [m, `jejak:${m}`])) as Record<RemoteMethod, string>;

/** Renderer → main, no reply: the open map's title and unsaved state (window title, close prompt). */
export const DOCUMENT_STATE_CHANNEL = 'jejak:documentState';
export interface DocumentState {
  title: string;
  dirty: boolean;
}

/** Renderer → main: open the .cjm dropped on the window, by the path the preload read from the File. */
export const OPEN_DROPPED_CHANNEL = 'jejak:openDropped';

/**
 * Renderer → main, with a reply: present mode starts (true) or ends (false).
 * The window goes full screen, on the second display when there is one;
 * the reply says where: 'second-display' or 'this-display'.
 */
export const PRESENTATION_CHANNEL = 'jejak:presentation';

/** Main → renderer: a menu item was chosen; the renderer runs the action of that id. */
export const RUN_ACTION_CHANNEL = 'jejak:runAction';

/** The page's own origin: only messages from it are answered. */
export const APP_ORIGIN = 'jejak://app';
