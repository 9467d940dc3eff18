// jejak export FILE --format F --out OUT [choices]: the same exporters as the
// app, written by a safe save (an existing OUT only with --force), with
// progress on stderr when it is a terminal.
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { mapForPicture } from '../../../shared/export/mapForExport';
import { ExportCancelled, suggestedPngScale, type ExportOptions } from '../../../shared/export/options';
import { layoutBoard } from '../../../shared/layout/layout';
import { languageOf } from '../../../shared/i18n/languages';
import { companionNames, runExport } from '../../export/runExport';
import { saveFileSafely } from '../../services/safeSave';
import { refusedWriteTarget, sameFile } from '../../services/writeTarget';
import type { FileError } from '../../../shared/i18n/fileErrors';
import { EXIT, type CliContext, type ExitCode } from '../context';
import { openMap, reportFileError } from './shared';

export async function exportCommand(
  ctx: CliContext,
  file: string,
  out: string,
  asked: ExportOptions & { languageFromMap?: boolean; scaleFromMap?: boolean },
  force: boolean,
): Promise<ExitCode> {
  if (!force) {
    // Every file the export writes is checked first: an export never writes half its files.
    for (const name of [basename(out), ...companionNames(asked, basename(out))]) {
      const path = join(dirname(out), name);
      if (existsSync(path)) {
        const json = reportFileError(ctx, { code: 'exists', path });
        if (ctx.json) ctx.emit(json);
        return EXIT.fatal;
      }
    }
  }
  const opened = await openMap(ctx, file);
  if (!opened.ok) {
    if (ctx.json) ctx.emit(opened.json);
    return opened.exit;
  }
  const refused = await refusedOutput(file, out, asked);
  if (refused) {
    const json = reportFileError(ctx, refused);
    if (ctx.json) ctx.emit(json);
    return EXIT.fatal;
  }
  // Left unsaid, the words follow the map's language and a PNG's scale its size (2×, or 1× for a huge map).
  const { languageFromMap, scaleFromMap, ...chosen } = asked;
  const options: ExportOptions = {
    ...chosen,
    language: languageFromMap ? languageOf(opened.map.locale) : chosen.language,
    // Only a PNG has a scale: other formats do not lay the map out twice for it.
    scale: scaleFromMap && chosen.format === 'png' ? suggestedPngScale(layoutBoard(mapForPicture(opened.map, chosen.includeHidden))) : chosen.scale,
  };
  // A map with repairable problems is exported as repaired, in memory; the file itself is left as it is.
  if (opened.repairs.length > 0 && !ctx.json) ctx.warn(ctx.text.exportRepairedInMemory(file, opened.repairs.length));
  const progress = ctx.io.stderrIsTerminal ? new TerminalProgress(ctx) : null;
  let output;
  try {
    output = await runExport(opened.map, options, basename(out), { onProgress: progress ? (done, total) => progress.show(done, total) : undefined });
  } catch (error) {
    progress?.clear();
    if (error instanceof ExportCancelled) return EXIT.fatal;
    const json = reportFileError(ctx, { code: 'export-failed', path: out, errno: error instanceof Error ? error.message.split('\n')[0] : String(error) });
    if (ctx.json) ctx.emit(json);
    return EXIT.fatal;
  }
  progress?.clear();
  const written: string[] = [];
  for (const part of output.files) {
    const path = join(dirname(out), part.name);
    const saved = await saveFileSafely(path, part.bytes, { overwrite: force });
    if (!saved.ok) {
      const json = reportFileError(ctx, saved.error);
      if (ctx.json) ctx.emit(json);
      return EXIT.fatal;
    }
    written.push(path);
  }
  if (ctx.json) ctx.emit({ file, format: options.format, written, scaledTo: output.scaledTo });
  else {
    for (const path of written) ctx.say(ctx.text.exported(file, path));
    if (output.scaledTo !== null) ctx.say(ctx.text.posterScaled(Math.round(output.scaledTo * 100)));
  }
  return EXIT.ok;
}

/**
 * Why an export may not write where asked: over the map it exports (the
 * same file by another name or a link: --force does not make that a CSV),
 * or, replacing, through a link that leads out of the output's folder.
 */
async function refusedOutput(file: string, out: string, asked: ExportOptions): Promise<FileError | null> {
  for (const name of [basename(out), ...companionNames(asked, basename(out))]) {
    const path = join(dirname(out), name);
    if (await sameFile(file, path)) return { code: 'same-file', path };
    const leaves = await refusedWriteTarget(dirname(out), name);
    if (leaves) return { ...leaves, path };
  }
  return null;
}

/** One line on stderr that counts up, redrawn in place; gone when the export ends. */
class TerminalProgress {
  private last = -1;
  constructor(private readonly ctx: CliContext) {}

  show(done: number, total: number): void {
    const percent = Math.floor((100 * done) / Math.max(1, total));
    if (percent === this.last) return;
    this.last = percent;
    this.ctx.io.stderr(`\r${this.ctx.text.exporting(percent)}`);
  }

  clear(): void {
    if (this.last >= 0) this.ctx.io.stderr('\r\x1b[2K');
  }
}
