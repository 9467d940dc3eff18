// jejak validate FILE…: every problem, path first, one per line, and a summary.
import { fileErrorMessage } from '../../../shared/i18n/files';
import { formatProblem } from '../../../shared/i18n/problems';
import { loadMapFile } from '../../services/mapFile';
import { EXIT, type CliContext, type ExitCode } from '../context';
import { fileErrorJson, problemJson } from '../problemsJson';

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
    report.push({ file, status, problems: problems.map((p) => problemJson(p, language)) });
    if (ctx.json) continue;
    if (status === 'valid') {
      ctx.warn(text.valid(file));
      continue;
    }
    ctx.warn(status === 'fatal' ? text.problemsFatal(file, problems.length) : text.problemsRepairable(file, problems.length));
    for (const problem of problems) ctx.warn(formatProblem(problem, language));
    ctx.warn(status === 'fatal' ? text.fatalHint : text.repairHint(file));
  }
  if (ctx.json) ctx.emit({ files: report, summary: counts });
  else ctx.warn(text.validateSummary(counts));
  return counts.fatal > 0 ? EXIT.fatal : counts.repairable > 0 ? EXIT.repairable : EXIT.ok;
}
