// Pixels of the page: screenshots decoded with pngjs, compared with
// pixelmatch against baselines committed in tests/e2e/baselines.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { settle } from './board';
import { ROOT } from './jejak';

export const BASELINES = join(ROOT, 'tests/e2e/baselines');
/** Where a mismatch leaves the screenshot and its diff (git ignores test-results/). */
export const MISMATCHES = join(ROOT, 'test-results/e2e');

/** pixelmatch's per-pixel colour threshold (0 to 1). */
export const THRESHOLD = 0.2;
/** The share of pixels that may differ from the baseline. */
export const MAX_DIFF_RATIO = 0.005;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A screenshot after the fonts and two animation frames, decoded. */
export async function capture(page: Page, clip?: Box): Promise<PNG> {
  await settle(page);
  const buffer = await page.screenshot({ clip, animations: 'disabled', caret: 'hide' });
  return PNG.sync.read(buffer);
}

/** Positions (x, y in the image) of the pixels that differ between two same-sized images. */
export function changedPixels(a: PNG, b: PNG): { x: number; y: number }[] {
  if (a.width !== b.width || a.height !== b.height) throw new Error('images of different sizes');
  const out: { x: number; y: number }[] = [];
  for (let i = 0; i < a.data.length; i += 4) {
    const d = Math.abs(a.data[i]! - b.data[i]!) + Math.abs(a.data[i + 1]! - b.data[i + 1]!) + Math.abs(a.data[i + 2]! - b.data[i + 2]!);
    if (d > 24) out.push({ x: (i / 4) % a.width, y: Math.floor(i / 4 / a.width) });
  }
  return out;
}

export interface RegionResult {
  name: string;
  diffPixels: number;
  /** Differing pixels over the region's pixels. */
  ratio: number;
}

export interface BaselineResult {
  /** 'written' when there was no baseline (or JEJAK_UPDATE_BASELINES=1) and this screenshot became it. */
  outcome: 'matched' | 'written';
  /** The whole image first, then each region asked for. */
  regions: RegionResult[];
}

function crop(image: PNG, box: Box): PNG {
  const out = new PNG({ width: box.width, height: box.height });
  PNG.bitblt(image, out, box.x, box.y, box.width, box.height, 0, 0);
  return out;
}

function differing(a: PNG, b: PNG, diff?: PNG): number {
  return pixelmatch(a.data, b.data, diff?.data, a.width, a.height, { threshold: THRESHOLD });
}

/**
 * Compares a screenshot with tests/e2e/baselines/NAME.png, as a whole and
 * region by region (whole-number boxes inside the image): a change confined
 * to one part of the window, such as a panel in another language, is a small
 * share of the window but not of its part. A missing baseline, or any with
 * JEJAK_UPDATE_BASELINES=1, is written from this screenshot. A mismatch
 * writes NAME.actual.png and NAME.diff.png into test-results/e2e.
 */
export function compareWithBaseline(name: string, shot: PNG, regions: { name: string; box: Box }[] = []): BaselineResult {
  const file = join(BASELINES, `${name}.png`);
  const actualFile = join(MISMATCHES, `${name}.actual.png`);
  const diffFile = join(MISMATCHES, `${name}.diff.png`);
  const existed = existsSync(file);
  if (process.env.JEJAK_UPDATE_BASELINES === '1' || !existed) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, PNG.sync.write(shot));
    console.log(`e2e: ${existed ? 'updated' : 'wrote new'} baseline tests/e2e/baselines/${name}.png; look at it, then commit it`);
    return { outcome: 'written', regions: [] };
  }
  const baseline = PNG.sync.read(readFileSync(file));
  const keep = (diff?: PNG) => {
    mkdirSync(MISMATCHES, { recursive: true });
    writeFileSync(actualFile, PNG.sync.write(shot));
    if (diff) writeFileSync(diffFile, PNG.sync.write(diff));
  };
  if (baseline.width !== shot.width || baseline.height !== shot.height) {
    keep();
    throw new Error(`${name}: the screenshot is ${shot.width}×${shot.height}, the baseline ${baseline.width}×${baseline.height}`);
  }
  const diff = new PNG({ width: shot.width, height: shot.height });
  const whole = differing(baseline, shot, diff);
  const results: RegionResult[] = [{ name: 'window', diffPixels: whole, ratio: whole / (shot.width * shot.height) }];
  for (const region of regions) {
    const n = differing(crop(baseline, region.box), crop(shot, region.box));
    results.push({ name: region.name, diffPixels: n, ratio: n / (region.box.width * region.box.height) });
  }
  if (results.some((r) => r.ratio > MAX_DIFF_RATIO)) keep(diff);
  return { outcome: 'matched', regions: results };
}
