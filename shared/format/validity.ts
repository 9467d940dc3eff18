// Whether a value keeps a rule, as a plain yes or no: the reader's fast path.
// Only when the answer is no does the Checker work out what to report and
// build the path of the value, which most values in a 50,000-note map never
// need.
import { isBase64 } from './base64';
import { isColor, isDate, isId, isLanguageTag, isTimestamp, textWithin, type Rule } from './rules';

export function isValid(rule: Rule, value: unknown): boolean {
  switch (rule.t) {
    case 'id':
      return isId(value);
    case 'text':
      return typeof value === 'string' && textWithin(rule.trimmed ? value.trim() : value, rule.min, rule.max);
    case 'integer':
      return Number.isInteger(value) && (value as number) >= rule.min && (value as number) <= rule.max;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'oneOf':
      return typeof value === 'string' && rule.values.includes(value);
    case 'color':
      return typeof value === 'string' && isColor(value);
    case 'date':
      return typeof value === 'string' && isDate(value);
    case 'timestamp':
      return typeof value === 'string' && isTimestamp(value);
    case 'languageTag':
      return typeof value === 'string' && isLanguageTag(value);
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'list':
      return Array.isArray(value) && value.length >= rule.min && value.length <= rule.max;
    case 'orNull':
      return value === null || isValid(rule.rule, value);
    case 'base64':
      return typeof value === 'string' && isBase64(value);
    case 'textList':
    case 'tagList': {
      if (!Array.isArray(value) || value.length > rule.maxItems) return false;
      const min = rule.t === 'tagList' ? 1 : 0;
      for (const item of value) if (typeof item !== 'string' || !textWithin(item, min, rule.maxLength)) return false;
      return rule.t === 'textList' || new Set(value).size === value.length;
    }
  }
}
