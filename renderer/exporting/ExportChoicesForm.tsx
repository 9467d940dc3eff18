// The export dialog's choices: the format, then only the choices that format
// has (pages and paper for a PDF, its size on tiled sheets, size and
// background for a PNG), whether private notes go along and whether notes
// name who wrote them, and the language of the words the export adds.
import { PAPER_SIZES, PDF_PAGES, type ExportFormat } from '../../shared/export/options';
import type { JourneyMap } from '../../shared/format/types';
import type { ExportChoices } from '../../shared/host/host';
import { useWords } from '../words';
import { LanguageOptions } from '../settings/LanguageOptions';
import { SheetFitChoice } from './SheetFitChoice';
import { tiledPaper } from './tiledFit';

export function ExportChoicesForm({ choices, formats, map, onChange }: { choices: ExportChoices; formats: readonly ExportFormat[]; map: JourneyMap; onChange(next: ExportChoices): void }) {
  const w = useWords();
  const set = <K extends keyof ExportChoices>(key: K, value: ExportChoices[K]) => onChange({ ...choices, [key]: value });
  const hiddenNotes = map.notes.filter((n) => n.hidden).length;
  const hiddenLanes = map.lanes.filter((l) => l.hidden).length;
  const authored = map.notes.filter((n) => n.author !== undefined).length;
  const isPdf = choices.format === 'pdf';
  const usesPaper = isPdf && (choices.handout || choices.page === 'fit');
  const usesOrientation = isPdf && (choices.handout || choices.page !== 'poster');
  const tiled = tiledPaper(choices) !== null;

  return (
    <div className="export-choices">
      <fieldset>
        <legend>{w.exporting.format}</legend>
        {formats.map((format) => (
          <label key={format} className="radio">
            <input type="radio" name="export-format" value={format} data-testid={`export-format-${format}`} checked={choices.format === format} onChange={() => set('format', format)} />
            {w.exporting.formats[format]}
          </label>
        ))}
      </fieldset>

      {isPdf && (
        <fieldset>
          <legend>{w.exporting.layout}</legend>
          <label className="radio">
            <input
              type="checkbox"
              data-testid="export-handout"
              checked={choices.handout}
              // A handout reads as a document, upright; the map's own pages are wider than tall.
              onChange={(e) => onChange({ ...choices, handout: e.target.checked, orientation: e.target.checked ? 'portrait' : 'landscape' })}
            />
            {w.exporting.handout}
          </label>
          {!choices.handout && (
            <select aria-label={w.exporting.layout} data-testid="export-page" value={choices.page} onChange={(e) => set('page', e.target.value as ExportChoices['page'])}>
              {PDF_PAGES.map((page) => (
                <option key={page} value={page}>{w.exporting.pages[page]}</option>
              ))}
            </select>
          )}
          {tiled && <SheetFitChoice fitTo={choices.fitTo} onChange={(fitTo) => set('fitTo', fitTo)} />}
          {usesPaper && (
            <label>
              {w.exporting.paper}{' '}
              <select data-testid="export-paper" value={choices.paper} onChange={(e) => set('paper', e.target.value as ExportChoices['paper'])}>
                {PAPER_SIZES.map((paper) => (
                  <option key={paper} value={paper}>{w.exporting.papers[paper]}</option>
                ))}
              </select>
            </label>
          )}
          {usesOrientation && (
            <label>
              {w.exporting.orientation}{' '}
              <select data-testid="export-orientation" value={choices.orientation} onChange={(e) => set('orientation', e.target.value as ExportChoices['orientation'])}>
                <option value="landscape">{w.exporting.orientations.landscape}</option>
                <option value="portrait">{w.exporting.orientations.portrait}</option>
              </select>
            </label>
          )}
        </fieldset>
      )}

      {choices.format === 'png' && (
        <fieldset>
          <legend>{w.exporting.scale}</legend>
          <select aria-label={w.exporting.scale} data-testid="export-scale" value={choices.scale} onChange={(e) => set('scale', Number(e.target.value))}>
            {[1, 2, 3, 4].map((scale) => (
              <option key={scale} value={scale}>{`${scale}×`}</option>
            ))}
          </select>
          <label>
            {w.exporting.background}{' '}
            <select data-testid="export-background" value={choices.background} onChange={(e) => set('background', e.target.value as ExportChoices['background'])}>
              <option value="white">{w.exporting.backgrounds.white}</option>
              <option value="transparent">{w.exporting.backgrounds.transparent}</option>
            </select>
          </label>
        </fieldset>
      )}

      <fieldset>
        {hiddenNotes + hiddenLanes > 0 ? (
          <label className="radio">
            <input type="checkbox" data-testid="export-include-hidden" checked={choices.includeHidden} onChange={(e) => set('includeHidden', e.target.checked)} />
            {w.exporting.includeHidden({ notes: hiddenNotes, lanes: hiddenLanes })}
          </label>
        ) : null}
        {hiddenNotes + hiddenLanes > 0 && !choices.includeHidden && <p className="muted">{w.exporting.privateLeftOut}</p>}
        {authored > 0 ? (
          <label className="radio">
            <input type="checkbox" data-testid="export-leave-authors-out" checked={choices.leaveAuthorsOut} onChange={(e) => set('leaveAuthorsOut', e.target.checked)} />
            {w.exporting.leaveAuthorsOut({ notes: authored })}
          </label>
        ) : null}
        {authored > 0 && choices.leaveAuthorsOut && <p className="muted">{w.exporting.authorsLeftOut}</p>}
        <label>
          {w.exporting.language}{' '}
          <select data-testid="export-language" value={choices.language} onChange={(e) => set('language', e.target.value as ExportChoices['language'])}>
            <LanguageOptions />
          </select>
        </label>
      </fieldset>
    </div>
  );
}
