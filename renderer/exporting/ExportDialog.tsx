// The export dialog: the format and its choices with a preview, then where to
// write it, then a progress bar with cancel, then "show in folder" (or,
// where the host cannot open a folder, where the file is). The work
// itself runs in the host (Node), from the map as it is in the window.
import { useEffect, useMemo, useState } from 'react';
import { mapForPicture, withoutAuthors } from '../../shared/export/mapForExport';
import { EXPORT_FORMATS, FORMAT_EXTENSIONS, suggestedPngScale } from '../../shared/export/options';
import { prepareExport } from '../../shared/export/sceneForExport';
import { writeCjm } from '../../shared/format/writer';
import type { JourneyMap } from '../../shared/format/types';
import type { ExportChoices, FileHandle, Host } from '../../shared/host/host';
import { fileErrorMessage } from '../../shared/i18n/fileErrors';
import { languageOf } from '../../shared/i18n/languages';
import { layoutBoard } from '../../shared/layout/layout';
import { offeredFileName } from '../app/fileNames';
import { Dialog } from '../dialogs/Dialog';
import { FileDialog } from '../dialogs/FileDialog';
import { currentLanguage, useWords } from '../words';
import { ExportChoicesForm } from './ExportChoicesForm';
import { ExportPreview } from './ExportPreview';
import { FileLocation } from './FileLocation';
import { tiledFitProblem, tiledPaper } from './tiledFit';
import { useExportJob } from './useExportJob';

/** The last choices, so a second export of the day starts where the first ended. */
let remembered: ExportChoices | null = null;

function initialChoices(map: JourneyMap): ExportChoices {
  if (remembered) return remembered;
  const scale = suggestedPngScale(layoutBoard(mapForPicture(map, false)));
  return { format: 'pdf', page: 'poster', paper: 'a4', orientation: 'landscape', fitTo: null, scale, background: 'white', handout: false, includeHidden: false, leaveAuthorsOut: false, language: languageOf(map.locale) };
}

export function ExportDialog({ host, map, fileName, onClose }: { host: Host; map: JourneyMap; fileName: string; onClose(): void }) {
  const w = useWords();
  const [choices, setChoices] = useState<ExportChoices>(() => initialChoices(map));
  const [picking, setPicking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Set when the host could not open a file manager: the dialog then says where the file is.
  const [noFileManager, setNoFileManager] = useState(false);
  const job = useExportJob(host);
  // The preview shows what the export will write: no Author column once authors are left out.
  const shown = useMemo(() => (choices.leaveAuthorsOut ? withoutAuthors(map) : map), [map, choices.leaveAuthorsOut]);
  const prepared = useMemo(() => prepareExport(shown, choices.includeHidden), [shown, choices.includeHidden]);
  const suggested = offeredFileName(fileName, FORMAT_EXTENSIONS[choices.format]);
  // While the person chooses, the host gets ready for the format (a thread started, its libraries loaded).
  useEffect(() => void host.prepareExport(choices.format).catch(() => undefined), [host, choices.format]);

  const change = (next: ExportChoices) => {
    remembered = next;
    setChoices(next);
  };

  // A fit only goes along with tiled pages: a count left from them does not follow the choices to a poster.
  const request = () => ({ bytes: new TextEncoder().encode(writeCjm(map)), choices: tiledPaper(choices) ? choices : { ...choices, fitTo: null } });

  const begin = async (folder: FileHandle, name: string, replace: boolean): Promise<'done' | 'exists'> => {
    const outcome = await job.start(request(), folder, name, replace);
    if (outcome === 'exists') return 'exists';
    setPicking(false);
    if (outcome !== 'started') setError(fileErrorMessage(outcome.error.error, currentLanguage()));
    return 'done';
  };

  const chooseLocation = async () => {
    setError(null);
    if (host.dialogs === 'native') {
      const target = await host.showSaveDialog!(suggested, FORMAT_EXTENSIONS[choices.format]);
      // The system's dialog has already asked before replacing a file.
      if (target) await begin(target.folder, target.name, true);
    } else setPicking(true);
  };

  const { state } = job;
  if (state.phase !== 'idle') {
    const status = state.status;
    const percent = status.state === 'running' ? Math.floor((100 * status.done) / Math.max(1, status.total)) : 100;
    return (
      <Dialog title={w.exporting.title} onCancel={state.phase === 'running' ? job.cancel : onClose} testId="export-dialog">
        {status.state === 'running' && (
          <div className="export-progress">
            <p>{w.exporting.working({ name: state.name })}</p>
            <progress data-testid="export-progress" max={100} value={percent} />
            <span className="muted">{w.exporting.progress({ percent })}</span>
          </div>
        )}
        {status.state === 'done' && (
          <div role="status" data-testid="export-done">
            <p>{w.exporting.done({ files: status.files.join(', ') })}</p>
            {status.scaledTo !== null && <p className="muted">{w.exporting.scaledNote({ percent: Math.round(status.scaledTo * 100) })}</p>}
            {noFileManager && <FileLocation folder={status.folder} name={status.files[0]!} />}
          </div>
        )}
        {status.state === 'cancelled' && <p role="status">{w.exporting.cancelled}</p>}
        {status.state === 'failed' && <p className="error" role="alert">{w.exporting.failed({ message: fileErrorMessage(status.error, currentLanguage()) })}</p>}
        <div className="dialog-buttons">
          {status.state === 'running' ? (
            <button data-autofocus onClick={job.cancel}>{w.exporting.stop}</button>
          ) : (
            <>
              {status.state === 'done' && (
                <button data-testid="export-show" onClick={() => void host.showExported(state.job).then((shown) => setNoFileManager(!shown))}>
                  {w.exporting.showInFolder}
                </button>
              )}
              <button data-autofocus className="primary" onClick={onClose}>{w.exporting.close}</button>
            </>
          )}
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog title={w.exporting.title} onCancel={onClose} testId="export-dialog" wide>
      <div className="export-dialog">
        <ExportChoicesForm choices={choices} formats={EXPORT_FORMATS} map={map} onChange={change} />
        <section className="export-preview" aria-label={w.exporting.preview}>
          <h3>{w.exporting.preview}</h3>
          <ExportPreview prepared={prepared} choices={choices} />
        </section>
      </div>
      {error && <p className="error" role="alert">{error}</p>}
      <div className="dialog-buttons">
        <button onClick={onClose}>{w.exporting.cancel}</button>
        {/* A sheet count that cannot be printed: the preview says why. */}
        <button className="primary" data-testid="export-start" disabled={tiledFitProblem(choices) !== null} onClick={() => void chooseLocation()}>{w.exporting.export}</button>
      </div>
      {picking && (
        <FileDialog
          host={host}
          mode={{ kind: 'save', suggestedName: suggested, title: w.exporting.title }}
          onSave={begin}
          onCancel={() => setPicking(false)}
        />
      )}
    </Dialog>
  );
}
