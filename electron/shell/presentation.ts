// Present mode in the desktop app: the window goes full screen, on the
// second display when there is one (presentationPlacement.ts chooses), and
// returns to where it was when the presentation ends.
import { BrowserWindow, ipcMain, screen, type Rectangle } from 'electron';
import { SHELL_CHANNELS } from './ipcContract';
import { fromAppPage } from './ipcHandlers';
import { presentationDisplay } from './presentationPlacement';

/** Each presenting window's bounds before it moved, to put it back. */
const before = new Map<number, Rectangle>();

export function registerPresentation(): void {
  ipcMain.handle(SHELL_CHANNELS.presentation, (event, args: unknown) => {
    if (!fromAppPage(event)) throw new Error('refused: not the app page');
    const window = BrowserWindow.fromWebContents(event.sender);
    if (!window) return 'this-display';
    const on = typeof args === 'object' && args !== null && (args as { on?: unknown }).on === true;
    if (!on) {
      const bounds = before.get(window.id);
      before.delete(window.id);
      const restore = () => {
        if (bounds && !window.isDestroyed()) window.setBounds(bounds);
      };
      // macOS leaves full screen in an animation, and ignores bounds set before it ends.
      if (window.isFullScreen()) {
        window.once('leave-full-screen', restore);
        window.setFullScreen(false);
      } else restore();
      return 'this-display';
    }
    before.set(window.id, window.getBounds());
    const target = presentationDisplay(screen.getAllDisplays(), screen.getDisplayMatching(window.getBounds()).id);
    if (target) window.setBounds(target.bounds);
    window.setFullScreen(true);
    return target ? 'second-display' : 'this-display';
  });
}
