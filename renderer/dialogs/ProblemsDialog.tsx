// A map with problems: repairable ones are listed with "Repair and open";
// fatal ones say why, and the file is never changed.
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../shared/format/problems';
import { formatProblem } from '../../shared/i18n/problems';
import { currentLanguage } from '../i18n';
import { Dialog } from './Dialog';

const SHOWN = 40;

export function ProblemsDialog({ name, problems, repairable, onRepair, onClose }: { name: string; problems: Problem[]; repairable: boolean; onRepair?(): void; onClose(): void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <Dialog title={repairable ? t('problems.repairTitle') : t('problems.fatalTitle')} onCancel={onClose} testId={repairable ? 'repair-dialog' : 'fatal-dialog'} wide>
      <p className="dialog-file">{name}</p>
      <p>{repairable ? t('problems.repairIntro') : t('problems.fatalIntro')}</p>
      <ul className="problem-list" data-testid="problem-list">
        {problems.slice(0, SHOWN).map((p, i) => (
          <li key={i}>{formatProblem(p, language)}</li>
        ))}
        {problems.length > SHOWN && <li>{t('problems.more', { count: problems.length - SHOWN })}</li>}
      </ul>
      <div className="dialog-buttons">
        <button onClick={onClose}>{repairable ? t('fileDialog.cancel') : t('problems.close')}</button>
        {repairable && (
          <button className="primary" onClick={onRepair} data-autofocus>
            {t('problems.repairAndOpen')}
          </button>
        )}
      </div>
    </Dialog>
  );
}
