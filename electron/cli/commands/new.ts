// jejak new --type TYPE --locale en|id [--title TITLE] --out FILE [--force]
import { writeCjm } from '../../../shared/format/writer';
import type { MapType } from '../../../shared/format/types';
import { words } from '../../../shared/i18n/languages';
import { createMap } from '../../../shared/templates';
import type { ContentLanguage } from '../../../shared/templates/types';
import { encodeMap } from '../../services/mapFile';
import { saveFileSafely } from '../../services/safeSave';
import { EXIT, type CliContext, type ExitCode } from '../context';
import { reportFileError } from './shared';

export interface NewOptions {
  type: MapType;
  locale: ContentLanguage;
  title?: string;
  out: string;
  force: boolean;
}

export async function newMap(ctx: CliContext, options: NewOptions): Promise<ExitCode> {
  const map = createMap({ type: options.type, locale: options.locale, title: options.title, now: ctx.io.now().toISOString() });
  const saved = await saveFileSafely(options.out, encodeMap(writeCjm(map)), { overwrite: options.force });
  if (!saved.ok) {
    const json = reportFileError(ctx, saved.error);
    if (ctx.json) ctx.emit(json);
    return EXIT.fatal;
  }
  if (ctx.json) ctx.emit({ file: options.out, id: map.id, type: map.type, locale: map.locale, title: map.title });
  else ctx.say(ctx.text.created(options.out, words(ctx.language).types[options.type]));
  return EXIT.ok;
}
