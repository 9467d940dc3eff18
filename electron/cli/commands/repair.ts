// jejak repair FILE --out OUT | --in-place: writes the repaired map, lists each repair.
import { writeCjm } from '../../../shared/format/writer';
import { formatProblem } from '../../../shared/i18n/problems';
import { encodeMap } from '../../services/mapFile';
import { saveFileSafely } from '../../services/safeSave';
import { nodeFileSystem } from '../../services/fileSystem';
import { toFileError } from '../../services/fileErrors';
import { sameFile } from '../../services/writeTarget';
import { EXIT, type CliContext, type ExitCode } from '../context';
import { problemJson } from '../problemsJson';
import { openMap, reportFileError } from './shared';

export interface RepairOptions {
  out?: string;
  inPlace: boolean;
  force: boolean;
}

export async function repair(ctx: CliContext, file: string, options: RepairOptions): Promise<ExitCode> {
  const opened = await openMap(ctx, file);
  if (!opened.ok) {
    if (ctx.json) ctx.emit(opened.json);
    return opened.exit;
  }
  const { text, language } = ctx;
  const repairs = opened.repairs;
  const target = options.inPlace ? file : options.out!;
  // The same file under another name (or a link to it) is decided by the file itself, not its spelling: no silent overwrite without a .bak.
  if (!options.inPlace && (await sameFile(file, target))) {
    if (ctx.json) ctx.emit({ file, status: 'error', error: { code: 'same-file', path: target, message: text.repairOutIsInput(file, target) } });
    else ctx.warn(text.repairOutIsInput(file, target));
    return EXIT.fatal;
  }

  if (options.inPlace && repairs.length === 0) {
    if (ctx.json) ctx.emit({ file, out: null, repairs: [] });
    else ctx.say(text.nothingToRepair(file));
    return EXIT.ok;
  }

  let backup: string | null = null;
  if (options.inPlace) {
    backup = `${file}.bak`;
    try {
      await nodeFileSystem.copyNewFile(file, backup);
    } catch (error) {
      const fileError = toFileError(error, backup);
      const json = reportFileError(ctx, fileError.code === 'exists' ? { code: 'backup-exists', path: backup } : fileError);
      if (ctx.json) ctx.emit(json);
      return EXIT.fatal;
    }
  }

  const saved = await saveFileSafely(target, encodeMap(writeCjm(opened.map)), { overwrite: options.inPlace || options.force });
  if (!saved.ok) {
    const json = reportFileError(ctx, saved.error);
    if (ctx.json) ctx.emit(json);
    return EXIT.fatal;
  }
  if (ctx.json) {
    ctx.emit({ file, out: target, backup, repairs: repairs.map((p) => problemJson(p, language)) });
    return EXIT.ok;
  }
  for (const problem of repairs) ctx.say(formatProblem(problem, language));
  ctx.say(repairs.length === 0 ? text.nothingToRepair(file) : text.repaired(file, target, repairs.length));
  if (backup) ctx.say(text.keptOriginal(backup));
  return EXIT.ok;
}
