// Beside a tiled PDF's paper: the map at full size, or fitted to so many
// sheets wide and/or tall. A count is typed as it comes; one that cannot be
// printed stays in the choices so the preview can say what is wrong with it
// (shared/export/options.ts, pageFitProblem) and Export waits for a good one.
import { useRef, type Ref } from 'react';
import { FIT_PAGES, type PageFit } from '../../shared/export/options';
import { useWords } from '../words';

export function SheetFitChoice({ fitTo, onChange }: { fitTo: PageFit | null; onChange(next: PageFit | null): void }) {
  const w = useWords();
  const wide = useRef<HTMLInputElement>(null);
  const fit = fitTo ?? { pagesWide: null, pagesTall: null };
  const count = (key: keyof PageFit) => (text: string) => onChange({ ...fit, [key]: text.trim() === '' ? null : Number(text) });
  const field = (key: keyof PageFit, label: string, ref?: Ref<HTMLInputElement>) => (
    <label className="export-fit-count">
      <input
        ref={ref}
        type="number"
        inputMode="numeric"
        min={FIT_PAGES.min}
        max={FIT_PAGES.max}
        step={1}
        aria-label={label}
        data-testid={`export-${key === 'pagesWide' ? 'pages-wide' : 'pages-tall'}`}
        value={fit[key] === null || Number.isNaN(fit[key]) ? '' : String(fit[key])}
        onChange={(e) => count(key)(e.target.value)}
      />
      {label}
    </label>
  );

  return (
    <div className="export-fit" role="radiogroup" aria-label={w.exporting.sizeOnSheets}>
      <label className="radio">
        <input type="radio" name="export-fit" data-testid="export-full-size" checked={fitTo === null} onChange={() => onChange(null)} />
        {w.exporting.fullSize}
      </label>
      <div className="export-fit-to">
        <label className="radio">
          <input
            type="radio"
            name="export-fit"
            data-testid="export-fit-to"
            checked={fitTo !== null}
            onChange={() => {
              onChange(fit);
              // The next thing to do is type a count.
              requestAnimationFrame(() => wide.current?.focus());
            }}
          />
          {w.exporting.fitTo}
        </label>
        {field('pagesWide', w.exporting.pagesWide, wide)}
        {field('pagesTall', w.exporting.pagesTall)}
      </div>
    </div>
  );
}
