// Steps several commands share: opening a map for writing, reporting why not,
// warning of pictures that are not shown.
import type { JourneyMap } from '../../../shared/format/types';
import { childPath, type Problem } from '../../../shared/format/problems';
import { picturesNotShown } from '../../../shared/pictures/storedPicture';
import { fileErrorMessage, type FileError } from '../../../shared/i18n/fileErrors';
import { formatProblem } from '../../../shared/i18n/problems';
import { loadMapFile } from '../../services/mapFile';
import { EXIT, type CliContext, type ExitCode } from '../context';
import { fileErrorJson, problemJson } from '../problemsJson';

export type Opened =
  | { ok: true; map: JourneyMap; bytes: Uint8Array; repairs: Problem[] }
  | { ok: false; exit: ExitCode; json: Record<string, unknown> };

/** Loads a map; on a file error or fatal problems, prints why and says which exit code. */
export async function openMap(ctx: CliContext, file: string): Promise<Opened> {
  const loaded = await loadMapFile(file);
  if (!loaded.ok) return { ok: false, exit: EXIT.fatal, json: reportFileError(ctx, loaded.error) };
  if (!loaded.read.ok) {
    const problems = loaded.read.problems;
    if (!ctx.json) {
      ctx.warn(ctx.text.problemsFatal(file, problems.length));
      for (const p of problems) ctx.warn(formatProblem(p, ctx.language));
    }
    return { ok: false, exit: EXIT.fatal, json: { file, status: 'fatal', problems: problems.map((p) => problemJson(p, ctx.language)) } };
  }
  return { ok: true, map: loaded.read.map, bytes: loaded.bytes, repairs: loaded.read.repairs };
}

export function reportFileError(ctx: CliContext, error: FileError): Record<string, unknown> {
  if (!ctx.json) ctx.warn(fileErrorMessage(error, ctx.language));
  return { file: error.path, status: 'error', error: fileErrorJson(error, ctx.language) };
}

/**
 * Warns of every stored picture that Jejak will not decode (too large, or
 * not a picture a map may hold): the map is valid and opens, the board and
 * exports show a grey card in the picture's place. Read from the pictures'
 * headers; nothing is decoded. Returns the same as --json shows it.
 */
export function warnPicturesNotShown(ctx: CliContext, map: JourneyMap): Record<string, unknown>[] {
  return picturesNotShown(map.assets).map(({ assetId, refusal }) => {
    const path = childPath('assets', assetId);
    const name = map.assets![assetId]!.name;
    const message = ctx.text.pictureNotShown(path, name, refusal);
    if (!ctx.json) ctx.warn(message);
    const { usable: _usable, ...why } = refusal;
    return { path, asset: assetId, ...why, message };
  });
}
