// Checks values against the rules of docs/format.md and collects every problem,
// so one read reports all that is wrong with a file, not just the first.
import { decodeBase64Prefix, decodedBase64Length } from './base64';
import { bytesMatchMime, SIGNATURE_BYTES } from './imageBytes';
import type { FatalProblem, Problem, RepairableProblem } from './problems';
import { childPath, describeFound } from './problems';
import { isArrayIndexKey, OrderedObject } from './json';
import type { Rule } from './rules';
import { isValid } from './validity';
import { LIMITS } from './schema';
import type { AssetMime } from './types';

export class Checker {
  readonly problems: Problem[] = [];
  /** Object keys met while reading, compared with the raw text to find keys given twice. */
  keysSeen = 0;
  /** Whether an extension holds an object whose key order JSON.parse changed (keys such as "2"). */
  reorderedExtension = false;

  fatal(path: string, problem: FatalProblem): void {
    this.problems.push({ severity: 'fatal', path, ...problem });
  }

  repair(path: string, problem: RepairableProblem): void {
    this.problems.push({ severity: 'repairable', path, ...problem });
  }

  get hasFatal(): boolean {
    return this.problems.some((p) => p.severity === 'fatal');
  }

  invalid(path: string, expected: Rule, value: unknown): false {
    this.fatal(path, { code: 'invalid', expected, found: describeFound(value) });
    return false;
  }

  /** Whether `value` keeps `rule`; if not, records why (at `path`, or an item of it). */
  check(path: string, rule: Rule, value: unknown): boolean {
    return isValid(rule, value) || this.explain(path, rule, value);
  }

  /** Records why `value` breaks `rule`; always false. */
  explain(path: string, rule: Rule, value: unknown): false {
    if (rule.t === 'textList' || rule.t === 'tagList') return this.checkTextList(path, rule, value);
    // An orNull rule is reported whole, so the message says that null would do too.
    return this.invalid(path, rule, value);
  }

  /** Reports each bad item of a list of texts or tags at its own path; always false. */
  private checkTextList(path: string, rule: Rule & { t: 'textList' | 'tagList' }, value: unknown): false {
    if (!Array.isArray(value) || value.length > rule.maxItems) return this.invalid(path, rule, value);
    const itemRule: Rule = { t: 'text', min: rule.t === 'tagList' ? 1 : 0, max: rule.maxLength };
    let ok = true;
    const seen = new Set<string>();
    value.forEach((item: unknown, i) => {
      if (!this.check(childPath(path, i), itemRule, item)) ok = false;
      else if (rule.t === 'tagList') {
        if (seen.has(item as string)) {
          this.fatal(childPath(path, i), { code: 'duplicate-tag', tag: item as string });
          ok = false;
        }
        seen.add(item as string);
      }
    });
    // isValid said no, so some item was bad even if none is reported above.
    return ok ? this.invalid(path, rule, value) : false;
  }

  /**
   * Checks an extension's value: at most 64 levels deep. Walks without
   * recursion, so a hostile 200,000-deep value is measured, not overflowed.
   */
  checkExtension(path: string, value: unknown): boolean {
    const stack: [unknown, number][] = [[value, 0]];
    while (stack.length > 0) {
      const [v, depth] = stack.pop()!;
      if (typeof v !== 'object' || v === null) continue;
      if (depth + 1 > LIMITS.maxExtensionDepth) {
        this.fatal(path, { code: 'too-deep', limit: LIMITS.maxExtensionDepth });
        return false;
      }
      if (Array.isArray(v)) for (const item of v) stack.push([item, depth + 1]);
      else if (v instanceof OrderedObject) {
        this.keysSeen += v.entries.length;
        for (const [, item] of v.entries) stack.push([item, depth + 1]);
      } else {
        const keys = Object.keys(v);
        this.keysSeen += keys.length;
        // JavaScript lists array-index keys first, so the first key tells.
        if (keys.length > 0 && isArrayIndexKey(keys[0]!)) this.reorderedExtension = true;
        for (const k of keys) stack.push([(v as Record<string, unknown>)[k], depth + 1]);
      }
    }
    return true;
  }

  /** Checks a base64 asset body: its decoded size and that its bytes are what `mime` says. */
  checkAssetBytes(path: string, mime: AssetMime, data: string): boolean {
    const bytes = decodedBase64Length(data);
    if (bytes > LIMITS.maxAssetBytes) {
      this.fatal(path, { code: 'asset-too-large', bytes, limit: LIMITS.maxAssetBytes });
      return false;
    }
    if (!bytesMatchMime(decodeBase64Prefix(data, SIGNATURE_BYTES), mime)) {
      this.fatal(path, { code: 'asset-wrong-bytes', mime });
      return false;
    }
    return true;
  }
}
