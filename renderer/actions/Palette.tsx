// The command palette (ctrl/⌘+K): every action of the registry, named in the
// interface language with its shortcut, found by typing.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../dialogs/Dialog';
import { shortcutLabel } from './keys';
import { ACTIONS, type ActionId } from '../../shared/actions/registry';

export function Palette({ onRun, onClose }: { onRun(id: ActionId): void; onClose(): void }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [index, setIndex] = useState(0);
  const q = query.trim().toLocaleLowerCase();
  const matches = ACTIONS.filter((a) => a.id !== 'palette' && t(`actions.${a.id}`).toLocaleLowerCase().includes(q));
  const run = (id: ActionId) => {
    onClose();
    // After the dialog has gone, so the action sees the board, not the palette.
    window.setTimeout(() => onRun(id), 0);
  };
  return (
    <Dialog title={t('actions.palette')} onCancel={onClose} testId="palette">
      <input
        className="palette-input"
        data-testid="palette-input"
        placeholder={t('palette.placeholder')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setIndex(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setIndex((i) => Math.min(matches.length - 1, i + 1));
          if (e.key === 'ArrowUp') setIndex((i) => Math.max(0, i - 1));
          if (e.key === 'Enter' && matches[index]) run(matches[index].id);
        }}
      />
      <ul className="palette-list" role="listbox">
        {matches.length === 0 && <li className="muted">{t('palette.empty')}</li>}
        {matches.map((a, i) => (
          <li key={a.id} role="option" aria-selected={i === index}>
            <button className={i === index ? 'on' : ''} onClick={() => run(a.id)} onMouseEnter={() => setIndex(i)}>
              <span>{t(`actions.${a.id}`)}</span>
              <kbd>{a.keys.map(shortcutLabel).join(' / ')}</kbd>
            </button>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}

/** The `?` cheat sheet: the same registry, as a table. */
export function CheatSheet({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('cheatSheet.title')} onCancel={onClose} testId="cheat-sheet" wide>
      <table className="cheat-sheet">
        <tbody>
          {ACTIONS.filter((a) => a.keys.length > 0).map((a) => (
            <tr key={a.id}>
              <td>{t(`actions.${a.id}`)}</td>
              <td>
                {a.keys.map((k) => (
                  <kbd key={k}>{shortcutLabel(k)}</kbd>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="dialog-buttons">
        <button data-autofocus onClick={onClose}>{t('problems.close')}</button>
      </div>
    </Dialog>
  );
}
