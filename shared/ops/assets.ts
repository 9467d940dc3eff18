// Images stored in the map (persona photos, pictures on notes). An asset is
// added with the reference that uses it and removed when nothing uses it.
import { Checker } from '../format/checker';
import { ASSET_FIELDS } from '../format/schema';
import type { Asset } from '../format/types';
import { setField } from './fields';
import { notesNow } from './noteList';
import type { MapDraft } from './operation';
import { refuse, requireValid } from './refusal';

export function putAsset(d: MapDraft, id: string, asset: Asset): void {
  requireValid('id', { t: 'id' }, id);
  const clean: Record<string, unknown> = {};
  for (const key of ['mime', 'data', 'name'] as const) setField(clean, ASSET_FIELDS, key, asset[key]);
  const checker = new Checker();
  if (!checker.checkAssetBytes('data', asset.mime, asset.data)) refuse({ code: 'bad-asset', problem: checker.problems[0]! });
  // A null-prototype record, so that an id such as "__proto__" is only a key.
  d.assets ??= Object.create(null) as Record<string, Asset>;
  d.assets[id] = clean as unknown as Asset;
}

export function isAssetUsed(d: MapDraft, id: string): boolean {
  return d.personas.some((p) => p.photo === id) || notesNow(d).some((n) => n.image === id);
}

/** Removes an asset once no persona or note refers to it any more. */
export function dropAssetIfUnused(d: MapDraft, id: string | undefined): void {
  if (id === undefined || !d.assets || !Object.hasOwn(d.assets, id) || isAssetUsed(d, id)) return;
  delete d.assets[id];
  if (Object.keys(d.assets).length === 0) delete d.assets;
}

/** Points `target[key]` at an asset: a new one given with it, or one the map already has. */
export function linkAsset(d: MapDraft, target: { [key: string]: unknown }, key: 'photo' | 'image', assetId: string | null, asset?: Asset): void {
  const previous = target[key] as string | undefined;
  if (assetId === null) {
    delete target[key];
  } else {
    if (asset) putAsset(d, assetId, asset);
    else if (!d.assets || !Object.hasOwn(d.assets, assetId)) refuse({ code: 'not-found', collection: 'assets', id: assetId });
    target[key] = assetId;
  }
  if (previous !== assetId) dropAssetIfUnused(d, previous);
}
