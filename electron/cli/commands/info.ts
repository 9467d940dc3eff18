// jejak info FILE: what the map is, how big, how it feels, when to review it.
import { emotionCurves } from '../../../shared/analysis/emotion';
import { countMap, isReviewOverdue } from '../../../shared/analysis/summary';
import { picturesNotShown } from '../../../shared/pictures/storedPicture';
import { words } from '../../../shared/i18n/languages';
import { EXIT, type CliContext, type ExitCode } from '../context';
import { emotionRow, signed } from '../emotionText';
import { problemJson } from '../problemsJson';
import { openMap, warnPicturesNotShown } from './shared';

/** Today as a local calendar date, the way a review date is written. */
function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export async function info(ctx: CliContext, file: string): Promise<ExitCode> {
  const opened = await openMap(ctx, file);
  if (!opened.ok) {
    if (ctx.json) ctx.emit(opened.json);
    return opened.exit;
  }
  const { map, repairs } = opened;
  const { text, language } = ctx;
  const counts = countMap(map);
  const overdue = isReviewOverdue(map, localDate(ctx.io.now()));
  const curves = emotionCurves(map);
  const stageTitle = new Map(map.stages.map((s) => [s.id, s.title]));
  const personaName = new Map(map.personas.map((p) => [p.id, p.name]));
  const laneLabel = (title: string, persona?: string) => (persona && personaName.has(persona) ? `"${title}", ${personaName.get(persona)}` : `"${title}"`);

  if (ctx.json) {
    ctx.emit({
      file,
      title: map.title,
      type: map.type,
      locale: map.locale,
      counts,
      reviewBy: map.reviewBy ?? null,
      overdue,
      emotion: curves.map((c) => ({
        lane: c.lane.id,
        title: c.lane.title,
        persona: c.lane.persona ?? null,
        stages: c.points.map((p) => ({ stage: p.stage, title: stageTitle.get(p.stage), mean: p.mean, notes: p.count })),
      })),
      repairs: repairs.map((p) => problemJson(p, language)),
      pictures: warnPicturesNotShown(ctx, map),
    });
    return repairs.length > 0 ? EXIT.repairable : EXIT.ok;
  }

  const t = text.info;
  ctx.say(`${t.title}: ${map.title}`);
  ctx.say(`${t.type}: ${words(language).types[map.type]} (${map.type})`);
  ctx.say(`${t.locale}: ${map.locale}`);
  ctx.say(t.counts(counts));
  ctx.say(`${t.reviewBy}: ${map.reviewBy ? `${map.reviewBy} (${overdue ? t.overdue : t.notYetDue})` : t.noReview}`);
  if (curves.length === 0) ctx.say(t.noEmotionLanes);
  const width = Math.min(28, Math.max(...map.stages.map((s) => [...s.title].length)));
  for (const curve of curves) {
    ctx.say('');
    ctx.say(t.emotionHeading(laneLabel(curve.lane.title, curve.lane.persona)));
    for (const point of curve.points) {
      const title = [...stageTitle.get(point.stage)!].slice(0, width).join('').padEnd(width);
      const value = point.mean === null ? t.noScore : signed(point.mean);
      ctx.say(`  ${title}  ${emotionRow(point)}  ${value}`);
    }
  }
  // Pictures the board shows as grey cards: said, but no reason to fail (the header told; nothing was decoded).
  if (picturesNotShown(map.assets).length > 0) {
    ctx.warn('');
    warnPicturesNotShown(ctx, map);
  }
  if (repairs.length > 0) {
    ctx.warn('');
    ctx.warn(text.problemsRepairable(file, repairs.length));
    ctx.warn(text.repairHint(file));
  }
  return repairs.length > 0 ? EXIT.repairable : EXIT.ok;
}
