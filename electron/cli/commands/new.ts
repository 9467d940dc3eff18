// jejak new (--type TYPE | --template JOURNEY) --locale en|id [--title TITLE] --out FILE [--force]
import { writeCjm } from '../../../shared/format/writer';
import type { MapType } from '../../../shared/format/types';
import { words } from '../../../shared/i18n/languages';
import { createJourneyMap, createMap, JOURNEYS } from '../../../shared/templates';
import { contentLanguageFor, type ContentLanguage, type JourneyId } from '../../../shared/templates/types';
import { encodeMap } from '../../services/mapFile';
import { saveFileSafely } from '../../services/safeSave';
import { EXIT, type CliContext, type ExitCode } from '../context';
import { reportFileError } from './shared';

export interface NewOptions {
  /** An empty map of a type, or a journey with its example notes. */
  from: { type: MapType } | { journey: JourneyId };
  locale: ContentLanguage;
  title?: string;
  out: string;
  force: boolean;
}

export async function newMap(ctx: CliContext, { from, locale, title, out, force }: NewOptions): Promise<ExitCode> {
  const now = ctx.io.now().toISOString();
  const map = 'journey' in from ? createJourneyMap({ journey: from.journey, locale, title, now }) : createMap({ type: from.type, locale, title, now });
  const saved = await saveFileSafely(out, encodeMap(writeCjm(map)), { overwrite: force });
  if (!saved.ok) {
    const json = reportFileError(ctx, saved.error);
    if (ctx.json) ctx.emit(json);
    return EXIT.fatal;
  }
  const typeName = words(ctx.language).types[map.type];
  if (ctx.json) {
    ctx.emit({ file: out, id: map.id, type: map.type, ...('journey' in from ? { template: from.journey } : {}), locale: map.locale, title: map.title });
  } else if ('journey' in from) {
    ctx.say(ctx.text.createdFromJourney(out, typeName, JOURNEYS[from.journey].name[contentLanguageFor(ctx.language)]));
  } else {
    ctx.say(ctx.text.created(out, typeName));
  }
  return EXIT.ok;
}
