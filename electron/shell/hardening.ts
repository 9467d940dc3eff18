// What every window's contents may not do: navigate away, open windows,
// attach webviews or get permissions. Links to the web open in the system
// browser, only http(s) and only after the person confirms.
import type { Dialog, Session, Shell, WebContents } from 'electron';
import { APP_ORIGIN } from './ipcContract';
import { isExternalWebLink } from './webPreferences';

export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

export function hardenContents(contents: WebContents, dialog: Dialog, shell: Shell, confirmText: (url: string) => { message: string; buttons: [string, string] }): void {
  contents.on('will-navigate', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalWebLink(url)) {
      const { message, buttons } = confirmText(url);
      void dialog.showMessageBox({ type: 'question', message, detail: url, buttons, defaultId: 0, cancelId: 0 }).then(({ response }) => {
        if (response === 1) void shell.openExternal(url);
      });
    }
    return { action: 'deny' };
  });
}
