// jejak fmt [--check] FILE…: canonical form, written safely; problems refused.
import { writeCjm } from '../../../shared/format/writer';
import { encodeMap, loadMapFile } from '../../services/mapFile';
import { saveFileSafely } from '../../services/safeSave';
import { EXIT, type CliContext, type ExitCode } from '../context';
import { reportFileError } from './shared';

type FileStatus = 'formatted' | 'unchanged' | 'not-canonical' | 'repairable' | 'fatal' | 'error';

export async function fmt(ctx: CliContext, files: string[], check: boolean): Promise<ExitCode> {
  const { text } = ctx;
  const results: Record<string, unknown>[] = [];
  let exit: ExitCode = EXIT.ok;
  const worse = (code: ExitCode) => {
    if (code > exit) exit = code;
  };

  for (const file of files) {
    const loaded = await loadMapFile(file);
    if (!loaded.ok) {
      results.push(reportFileError(ctx, loaded.error));
      worse(EXIT.fatal);
      continue;
    }
    let status: FileStatus;
    if (!loaded.read.ok) {
      status = 'fatal';
      if (!ctx.json) ctx.warn(text.fmtRefusedFatal(file));
      worse(EXIT.fatal);
    } else if (loaded.read.repairs.length > 0) {
      status = 'repairable';
      if (!ctx.json) ctx.warn(text.fmtRefusedRepairable(file));
      worse(EXIT.repairable);
    } else {
      const canonical = encodeMap(writeCjm(loaded.read.map));
      const same = Buffer.compare(canonical, loaded.bytes) === 0;
      if (same) {
        status = 'unchanged';
        if (!ctx.json) ctx.say(text.alreadyCanonical(file));
      } else if (check) {
        status = 'not-canonical';
        if (!ctx.json) ctx.warn(text.notCanonical(file));
        worse(EXIT.repairable);
      } else {
        const saved = await saveFileSafely(file, canonical);
        if (!saved.ok) {
          results.push(reportFileError(ctx, saved.error));
          worse(EXIT.fatal);
          continue;
        }
        status = 'formatted';
        if (!ctx.json) ctx.say(text.formatted(file));
      }
    }
    results.push({ file, status });
  }
  if (ctx.json) ctx.emit({ files: results });
  return exit;
}
