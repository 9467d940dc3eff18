// The dispatcher's place in the page: one capture-phase listener on the
// window, installed before anything else (main.tsx), so no feature's own
// listener hears a key out of turn.
import { dispatchKey, releaseKey } from './dispatcher';
import { isTextField } from './focus';

export function installKeyboard(): void {
  window.addEventListener(
    'keydown',
    (event) => {
      // A key that composes text (an input method) belongs to the field.
      if (event.isComposing) return;
      const focus = document.activeElement;
      if (dispatchKey(event, focus, isTextField(focus)) !== 'handled') return;
      event.preventDefault();
      // The window's other capture listeners still hear it (the chime waits for a first key); nothing further in does.
      event.stopPropagation();
    },
    true,
  );
  window.addEventListener('keyup', releaseKey, true);
}
