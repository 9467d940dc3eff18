// An import, shown before it happens: how many notes change and how many are
// new, each row that could not be read with its reason, and the choices
// (delete what the sheet leaves out; the lane a typed list goes into).
// Import applies the plan as one undo step.
import { useMemo, useState } from 'react';
import type { ImportSource } from '../../shared/host/host';
import { importProblemMessages, importSummaryMessage, sheetFailureMessage } from '../../shared/i18n/importMessages';
import { refusalMessage } from '../../shared/i18n/refusals';
import { planImport } from '../../shared/import/planImport';
import { planChangesMap } from '../../shared/import/types';
import { ops } from '../../shared/ops';
import type { Session } from '../app/session';
import { Dialog } from '../dialogs/Dialog';
import { currentLanguage, useWords } from '../words';

export function ImportDialog({ source, session, onDone }: { source: ImportSource; session: Session; onDone(message: string | null): void }) {
  const w = useWords();
  const language = currentLanguage();
  const map = session.map;
  const lanes = map.lanes.filter((lane) => !lane.hidden && !lane.locked);
  const [deleteMissing, setDeleteMissing] = useState(false);
  const [lane, setLane] = useState(lanes[0]?.id);
  const plan = useMemo(() => (source.kind === 'unreadable' ? null : planImport(map, source, { deleteMissing, lane })), [map, source, deleteMissing, lane]);
  // How many notes "delete missing" would take, shown before the person asks for it.
  const missing = useMemo(() => (source.kind === 'sheet' ? planImport(map, source, { deleteMissing: true }).deletions.length : 0), [map, source]);
  const title = w.importing.title({ name: source.name });

  if (source.kind === 'unreadable' || plan === null) {
    return (
      <Dialog title={title} onCancel={() => onDone(null)} testId="import-dialog">
        <p className="error" role="alert">{source.kind === 'unreadable' ? sheetFailureMessage(source.failure, language) : ''}</p>
        <div className="dialog-buttons">
          <button data-autofocus onClick={() => onDone(null)}>{w.exporting.close}</button>
        </div>
      </Dialog>
    );
  }

  const problems = importProblemMessages(plan, language);
  const apply = () => {
    session.history.seal();
    const result = session.history.apply(ops.importNotes, { plan });
    if (!result.ok) return onDone(refusalMessage(result.refusal, language));
    session.history.seal();
    onDone(w.importing.done({ updates: result.value.updated, added: result.value.added, deleted: result.value.deleted }));
  };

  return (
    <Dialog title={title} onCancel={() => onDone(null)} testId="import-dialog" wide>
      <p data-testid="import-summary">{planChangesMap(plan) ? importSummaryMessage(plan, language) : w.importing.nothing}</p>
      {source.kind === 'list' && (
        <label>
          {w.importing.listLane}{' '}
          <select data-testid="import-lane" value={lane} onChange={(e) => setLane(e.target.value)}>
            {lanes.map((l) => (
              <option key={l.id} value={l.id}>{l.title}</option>
            ))}
          </select>
        </label>
      )}
      {source.kind === 'sheet' && missing > 0 && (
        <label className="radio">
          <input type="checkbox" data-testid="import-delete-missing" checked={deleteMissing} onChange={(e) => setDeleteMissing(e.target.checked)} />
          {w.importing.deleteMissing({ count: missing })}
        </label>
      )}
      {problems.length > 0 && (
        <>
          <p>{w.importing.problems}</p>
          <ul className="import-problems" data-testid="import-problems">
            {problems.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </>
      )}
      <div className="dialog-buttons">
        <button onClick={() => onDone(null)}>{w.importing.cancel}</button>
        <button className="primary" data-testid="import-apply" disabled={!planChangesMap(plan)} onClick={apply}>{w.importing.apply}</button>
      </div>
    </Dialog>
  );
}
