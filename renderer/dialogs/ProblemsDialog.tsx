// A map with problems: repairable ones are listed with "Repair and open";
// fatal ones say why, and the file is never changed.
import type { Problem } from '../../shared/format/problems';
import { formatProblem } from '../../shared/i18n/problems';
import { useLanguage, useWords } from '../words';
import { Dialog } from './Dialog';

const SHOWN = 40;

export function ProblemsDialog({ name, problems, repairable, onRepair, onClose }: { name: string; problems: Problem[]; repairable: boolean; onRepair?(): void; onClose(): void }) {
  const w = useWords();
  const language = useLanguage();
  return (
    <Dialog title={repairable ? w.problemsDialog.repairTitle : w.problemsDialog.fatalTitle} onCancel={onClose} testId={repairable ? 'repair-dialog' : 'fatal-dialog'} wide>
      <p className="dialog-file">{name}</p>
      <p>{repairable ? w.problemsDialog.repairIntro : w.problemsDialog.fatalIntro}</p>
      <ul className="problem-list" data-testid="problem-list">
        {problems.slice(0, SHOWN).map((p, i) => (
          <li key={i}>{formatProblem(p, language)}</li>
        ))}
        {problems.length > SHOWN && <li>{w.problemsDialog.more({ count: problems.length - SHOWN })}</li>}
      </ul>
      <div className="dialog-buttons">
        <button onClick={onClose}>{repairable ? w.fileDialog.cancel : w.problemsDialog.close}</button>
        {repairable && (
          <button className="primary" onClick={onRepair} data-autofocus>
            {w.problemsDialog.repairAndOpen}
          </button>
        )}
      </div>
    </Dialog>
  );
}
