// jejak import SHEET (--into MAP | --new OUT) [--delete-missing] [--force]:
// notes from a sheet in the export's columns, or from a typed list, planned
// and applied as in the app; rows that cannot be read are listed by number
// and the rest imported. The map is written by a safe save.
import { basename } from 'node:path';
import { writeCjm } from '../../../shared/format/writer';
import type { JourneyMap } from '../../../shared/format/types';
import type { ImportSource } from '../../../shared/host/host';
import { importProblemMessages, rowsNotImported, sheetFailureMessage } from '../../../shared/i18n/importMessages';
import { applyImportPlan } from '../../../shared/import/applyPlan';
import { planImport } from '../../../shared/import/planImport';
import { shapeForImport } from '../../../shared/import/shapeForImport';
import { planChangesMap } from '../../../shared/import/types';
import { IMPORT_LIMITS } from '../../../shared/import/limits';
import { createMap } from '../../../shared/templates';
import { contentLanguageFor } from '../../../shared/templates/types';
import { readImport } from '../../import/readImport';
import { toFileErrorChecked } from '../../services/fileErrors';
import { nodeFileSystem } from '../../services/fileSystem';
import { encodeMap } from '../../services/mapFile';
import { saveFileSafely } from '../../services/safeSave';
import { sameFile } from '../../services/writeTarget';
import { EXIT, type CliContext, type ExitCode } from '../context';
import { openMap, reportFileError } from './shared';

export interface ImportOptions {
  into?: string;
  fresh?: string;
  deleteMissing: boolean;
  force: boolean;
}

export async function importCommand(ctx: CliContext, sheet: string, options: ImportOptions): Promise<ExitCode> {
  const fail = (json: Record<string, unknown>, exit: ExitCode = EXIT.fatal) => {
    if (ctx.json) ctx.emit(json);
    return exit;
  };
  let bytes: Uint8Array;
  try {
    bytes = await nodeFileSystem.readFile(sheet, IMPORT_LIMITS.maxFileBytes);
  } catch (error) {
    return fail(reportFileError(ctx, await toFileErrorChecked(error, sheet, nodeFileSystem)));
  }
  const source = await readImport(bytes, sheet);
  if (source.kind === 'unreadable') {
    const message = sheetFailureMessage(source.failure, ctx.language);
    if (!ctx.json) ctx.warn(`${sheet}: ${message}`);
    return fail({ file: sheet, status: 'unreadable', message });
  }

  let map: JourneyMap;
  const target = (options.into ?? options.fresh)!;
  // The sheet is never replaced by the map made from it, by whatever name it goes.
  if (await sameFile(sheet, target)) return fail(reportFileError(ctx, { code: 'same-file', path: target }));
  if (options.into !== undefined) {
    const opened = await openMap(ctx, options.into);
    if (!opened.ok) return fail(opened.json, opened.exit);
    map = opened.map;
  } else {
    map = newMapFor(ctx, sheet, source);
  }

  const plan = planImport(map, source, { deleteMissing: options.deleteMissing && options.into !== undefined });
  const problems = importProblemMessages(plan, ctx.language);
  const leftOut = rowsNotImported(plan);
  if (!ctx.json && problems.length > 0) {
    ctx.warn(ctx.text.importProblemsHeading(leftOut));
    for (const line of problems) ctx.warn(`  ${line}`);
  }
  const applied = applyImportPlan(map, plan);
  if (!applied.ok) return fail({ file: sheet, status: 'refused' });
  const counts = { ...applied.summary, problems: leftOut };

  // --into with nothing to change leaves the map's file alone; --new always writes the new map.
  if (options.into !== undefined && !planChangesMap(plan)) {
    if (ctx.json) ctx.emit({ file: sheet, map: target, ...counts, problems });
    else if (problems.length === 0) ctx.say(ctx.text.importNothing(sheet));
    return leftOut > 0 ? EXIT.repairable : EXIT.ok;
  }
  const now = ctx.io.now().toISOString();
  const result: JourneyMap = { ...applied.map, updatedAt: now < applied.map.createdAt ? applied.map.createdAt : now };
  const saved = await saveFileSafely(target, encodeMap(writeCjm(result)), { overwrite: options.into !== undefined || options.force });
  if (!saved.ok) return fail(reportFileError(ctx, saved.error));
  if (ctx.json) ctx.emit({ file: sheet, map: target, ...counts, problems });
  else ctx.say(ctx.text.imported(sheet, target, counts));
  return leftOut > 0 ? EXIT.repairable : EXIT.ok;
}

/** `--new`: a current-state map in the messages' language, titled after the sheet, shaped by the stages and lanes it names. */
function newMapFor(ctx: CliContext, sheet: string, source: Exclude<ImportSource, { kind: 'unreadable' }>): JourneyMap {
  const title = Array.from(basename(sheet).replace(/\.[^.]+$/, '').trim() || 'Imported').slice(0, 200).join('');
  return shapeForImport(createMap({ type: 'current-state', locale: contentLanguageFor(ctx.language), title, now: ctx.io.now().toISOString() }), source);
}
