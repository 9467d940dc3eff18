// The export dialog's choices: the format, then only the choices that format
// has (pages and paper for a PDF, size and background for a PNG), whether
// private notes go along, and the language of the words the export adds.
import { useTranslation } from 'react-i18next';
import { PAPER_SIZES, PDF_PAGES, type ExportFormat } from '../../shared/export/options';
import type { JourneyMap } from '../../shared/format/types';
import type { ExportChoices } from '../../shared/host/host';
import { LANGUAGES } from '../../shared/i18n/language';

export function ExportChoicesForm({ choices, formats, map, onChange }: { choices: ExportChoices; formats: readonly ExportFormat[]; map: JourneyMap; onChange(next: ExportChoices): void }) {
  const { t } = useTranslation();
  const set = <K extends keyof ExportChoices>(key: K, value: ExportChoices[K]) => onChange({ ...choices, [key]: value });
  const hiddenNotes = map.notes.filter((n) => n.hidden).length;
  const hiddenLanes = map.lanes.filter((l) => l.hidden).length;
  const isPdf = choices.format === 'pdf';
  const usesPaper = isPdf && (choices.handout || choices.page === 'fit');
  const usesOrientation = isPdf && (choices.handout || choices.page !== 'poster');

  return (
    <div className="export-choices">
      <fieldset>
        <legend>{t('exporting.format')}</legend>
        {formats.map((format) => (
          <label key={format} className="radio">
            <input type="radio" name="export-format" value={format} data-testid={`export-format-${format}`} checked={choices.format === format} onChange={() => set('format', format)} />
            {t(`exporting.formats.${format}`)}
          </label>
        ))}
      </fieldset>

      {isPdf && (
        <fieldset>
          <legend>{t('exporting.layout')}</legend>
          <label className="radio">
            <input
              type="checkbox"
              data-testid="export-handout"
              checked={choices.handout}
              // A handout reads as a document, upright; the map's own pages are wider than tall.
              onChange={(e) => onChange({ ...choices, handout: e.target.checked, orientation: e.target.checked ? 'portrait' : 'landscape' })}
            />
            {t('exporting.handout')}
          </label>
          {!choices.handout && (
            <select aria-label={t('exporting.layout')} data-testid="export-page" value={choices.page} onChange={(e) => set('page', e.target.value as ExportChoices['page'])}>
              {PDF_PAGES.map((page) => (
                <option key={page} value={page}>{t(`exporting.pages.${page}`)}</option>
              ))}
            </select>
          )}
          {usesPaper && (
            <label>
              {t('exporting.paper')}{' '}
              <select data-testid="export-paper" value={choices.paper} onChange={(e) => set('paper', e.target.value as ExportChoices['paper'])}>
                {PAPER_SIZES.map((paper) => (
                  <option key={paper} value={paper}>{t(`exporting.papers.${paper}`)}</option>
                ))}
              </select>
            </label>
          )}
          {usesOrientation && (
            <label>
              {t('exporting.orientation')}{' '}
              <select data-testid="export-orientation" value={choices.orientation} onChange={(e) => set('orientation', e.target.value as ExportChoices['orientation'])}>
                <option value="landscape">{t('exporting.orientations.landscape')}</option>
                <option value="portrait">{t('exporting.orientations.portrait')}</option>
              </select>
            </label>
          )}
        </fieldset>
      )}

      {choices.format === 'png' && (
        <fieldset>
          <legend>{t('exporting.scale')}</legend>
          <select aria-label={t('exporting.scale')} data-testid="export-scale" value={choices.scale} onChange={(e) => set('scale', Number(e.target.value))}>
            {[1, 2, 3, 4].map((scale) => (
              <option key={scale} value={scale}>{`${scale}×`}</option>
            ))}
          </select>
          <label>
            {t('exporting.background')}{' '}
            <select data-testid="export-background" value={choices.background} onChange={(e) => set('background', e.target.value as ExportChoices['background'])}>
              <option value="white">{t('exporting.backgrounds.white')}</option>
              <option value="transparent">{t('exporting.backgrounds.transparent')}</option>
            </select>
          </label>
        </fieldset>
      )}

      <fieldset>
        {hiddenNotes + hiddenLanes > 0 ? (
          <label className="radio">
            <input type="checkbox" data-testid="export-include-hidden" checked={choices.includeHidden} onChange={(e) => set('includeHidden', e.target.checked)} />
            {t('exporting.includeHidden', { notes: hiddenNotes, lanes: hiddenLanes })}
          </label>
        ) : null}
        {hiddenNotes + hiddenLanes > 0 && !choices.includeHidden && <p className="muted">{t('exporting.privateLeftOut')}</p>}
        <label>
          {t('exporting.language')}{' '}
          <select data-testid="export-language" value={choices.language} onChange={(e) => set('language', e.target.value as ExportChoices['language'])}>
            {LANGUAGES.map((language) => (
              <option key={language} value={language}>{t(`languages.${language}`)}</option>
            ))}
          </select>
        </label>
      </fieldset>
    </div>
  );
}
