// The text field that has the keyboard, for the actions that act on it
// (undo, redo and select all from a menu while typing).
import type { TextService } from '../../shared/actions/context';
import { isTextField } from '../keyboard/focus';

export const textService: TextService = {
  editing: () => isTextField(document.activeElement),
  // The browser's own editing commands: the field's undo history, its select all.
  command: (name) => void document.execCommand(name),
};
