// The `?` cheat sheet: the registry's shortcuts as a table, in this platform's writing.
import { ACTION_IDS } from '../../shared/actions/registry';
import { Dialog } from '../dialogs/Dialog';
import { useActionNames } from './actionWords';
import { keyLabels } from './keys';
import { useWords } from '../words';

export function CheatSheet({ onClose }: { onClose(): void }) {
  const w = useWords();
  const names = useActionNames();
  return (
    <Dialog title={w.cheatSheet.title} onCancel={onClose} testId="cheat-sheet" wide>
      <table className="cheat-sheet">
        <tbody>
          {ACTION_IDS.filter((id) => keyLabels(id).length > 0).map((id) => (
            <tr key={id}>
              <td>{names.name(id)}</td>
              <td>
                {keyLabels(id).map((k) => (
                  <kbd key={k}>{k}</kbd>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="dialog-buttons">
        <button data-autofocus onClick={onClose}>{w.problemsDialog.close}</button>
      </div>
    </Dialog>
  );
}
