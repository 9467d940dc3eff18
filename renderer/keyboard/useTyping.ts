// Whether a text field has the keyboard, as React state: the native menus
// then leave undo, the clipboard and select all to the field.
import { useEffect, useState } from 'react';
import { isTextField } from './focus';

export function useTyping(): boolean {
  const [typing, setTyping] = useState(() => isTextField(document.activeElement));
  useEffect(() => {
    // After the focus has moved (focusout fires before the next element has it).
    const update = () => window.setTimeout(() => setTyping(isTextField(document.activeElement)), 0);
    document.addEventListener('focusin', update);
    document.addEventListener('focusout', update);
    return () => {
      document.removeEventListener('focusin', update);
      document.removeEventListener('focusout', update);
    };
  }, []);
  return typing;
}
