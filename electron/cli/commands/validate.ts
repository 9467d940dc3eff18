// jejak validate FILE…: every problem, path first, one per line, and a
// summary; pictures the board will not decode are warned of, not counted.
import { fileErrorMessage } from '../../../shared/i18n/fileErrors';
import { formatProblem } from '../../../shared/i18n/problems';
import { loadMapFile } from '../../services/mapFile';
import { EXIT, type CliContext, type ExitCode } from '../context';
import { fileErrorJson, problemJson } from '../problemsJson';
import { warnPicturesNotShown } from './shared';

export async function validate(ctx: CliContext, files: string[]): Promise<ExitCode> {
  const { text, language } = ctx;
  const counts = { files: files.length, valid: 0, repairable: 0, fatal: 0 };
  const report: Record<string, unknown>[] = [];
  for (const file of files) {
    const loaded = await loadMapFile(file);
    if (!loaded.ok) {
      counts.fatal++;
      report.push({ file, status: 'unreadable', error: fileErrorJson(loaded.error, language) });
      if (!ctx.json) ctx.warn(fileErrorMessage(loaded.error, language));
      continue;
    }
    const read = loaded.read;
    const problems = read.ok ? read.repairs : read.problems;
    const status = !read.ok ? 'fatal' : problems.length > 0 ? 'repairable' : 'valid';
    counts[status === 'fatal' ? 'fatal' : status]++;
    const entry: Record<string, unknown> = { file, status, problems: problems.map((p) => problemJson(p, language)) };
    report.push(entry);
    if (!ctx.json) {
      if (status === 'valid') ctx.warn(text.valid(file));
      else {
        ctx.warn(status === 'fatal' ? text.problemsFatal(file, problems.length) : text.problemsRepairable(file, problems.length));
        for (const problem of problems) ctx.warn(formatProblem(problem, language));
        ctx.warn(status === 'fatal' ? text.fatalHint : text.repairHint(file));
      }
    }
    // A picture too large to show is no problem of the file (docs/format.md allows it): a warning after the verdict, the exit code as it was.
    if (read.ok) entry.pictures = warnPicturesNotShown(ctx, read.map);
  }
  if (ctx.json) ctx.emit({ files: report, summary: counts });
  else ctx.warn(text.validateSummary(counts));
  return counts.fatal > 0 ? EXIT.fatal : counts.repairable > 0 ? EXIT.repairable : EXIT.ok;
}
