// The problems a map can have (docs/format.md), in English: the shape every
// language's problems.ts follows, one message per problem code, so that a
// new code fails to compile until every language says it.
import type { SyntaxDetail } from '../../format/jsonSyntax';
import type { Collection, Found, ProblemCode } from '../../format/problems';
import type { Rule } from '../../format/rules';
import type { ProblemOf } from '../problems';
import { IMAGE_NAMES, integer, mebibytes, quote, roundedUpToTenthMiB } from '../phrasing';
import { language } from './language';

export interface ProblemWords {
  /** "line 3, column 17" */
  at(line: number, column: number): string;
  expected(rule: Rule): string;
  found(found: Found): string;
  syntax(detail: SyntaxDetail): string;
  item(collection: Collection): string;
  messages: { [C in ProblemCode]: (problem: ProblemOf<C>) => string };
}

const n = (value: number) => integer(value, language.locale);
const mib = (bytes: number) => mebibytes(bytes, language.locale);
const mibOver = (bytes: number) => mib(roundedUpToTenthMiB(bytes));

export const problems: ProblemWords = {
  at: (line, column) => `line ${n(line)}, column ${n(column)}`,

  expected(rule) {
    switch (rule.t) {
      case 'id':
        return 'an id (1 to 64 letters, digits, "-" or "_")';
      case 'text': {
        const range = rule.min === 0 ? `at most ${n(rule.max)}` : `${n(rule.min)} to ${n(rule.max)}`;
        return `a text of ${range} characters${rule.trimmed ? ', not counting spaces at either end' : ''}`;
      }
      case 'integer':
        return rule.min === rule.max ? `the integer ${rule.min}` : `an integer from ${rule.min} to ${n(rule.max)}`;
      case 'number':
        return 'a finite number';
      case 'boolean':
        return 'true or false';
      case 'oneOf':
        return rule.values.length === 1 ? quote(rule.values[0]!) : `one of ${rule.values.map(quote).join(', ')}`;
      case 'color':
        return 'a colour such as "#2F6FDE"';
      case 'date':
        return 'a date such as "2027-03-31"';
      case 'timestamp':
        return 'a date and time such as "2026-11-23T09:12:00+07:00"';
      case 'languageTag':
        return 'a language tag such as "en" or "id"';
      case 'textList':
        return `a list of at most ${n(rule.maxItems)} texts of up to ${n(rule.maxLength)} characters each`;
      case 'tagList':
        return `a list of at most ${n(rule.maxItems)} different tags of 1 to ${n(rule.maxLength)} characters each`;
      case 'list':
        return rule.min === 0 ? `a list of at most ${n(rule.max)} items` : `a list of ${n(rule.min)} to ${n(rule.max)} items`;
      case 'object':
        return 'an object ({ … })';
      case 'orNull':
        return `${problems.expected(rule.rule)} or null`;
      case 'base64':
        return 'standard base64 (A–Z, a–z, 0–9, "+" and "/", "=" only at the end, no line breaks)';
    }
  },

  found(found) {
    switch (found.kind) {
      case 'missing':
        return 'nothing (the key is missing)';
      case 'null':
        return 'null';
      case 'boolean':
      case 'number':
        return String(found.value);
      case 'text':
        return found.length <= 40 ? quote(found.value) : `a text of ${n(found.length)} characters`;
      case 'list':
        return found.length === 0 ? 'an empty list' : `a list of ${n(found.length)} item${found.length === 1 ? '' : 's'}`;
      case 'object':
        return 'an object';
    }
  },

  syntax(detail) {
    switch (detail.kind) {
      case 'unexpected-char':
        return `unexpected ${quote(detail.char)}`;
      case 'unexpected-end':
        return 'it ends too soon; part of the file may be missing';
      case 'bad-escape':
        return 'a backslash starts an escape JSON does not know';
      case 'control-char':
        return 'a line break or control character inside a text; write it as \\n';
      case 'bad-number':
        return 'a number is written wrongly';
      case 'trailing-content':
        return 'there is more after the end of the map';
      case 'empty':
        return 'the file is empty';
    }
  },

  item: (collection) =>
    ({ personas: 'persona', stages: 'stage', lanes: 'lane', notes: 'note', assets: 'image' })[collection],

  messages: {
    'file-too-large': (p) =>
      `the file is ${mibOver(p.bytes)} MiB, more than the ${mib(p.limit)} MiB a map may be, so it was not opened; check that it really is a .cjm map`,
    'not-utf8': (p) =>
      `the file is not UTF-8 text (byte ${n(p.offset + 1)} cannot be read); check that it is a .cjm map, or save it again as UTF-8`,
    'json-syntax': (p) => `${problems.at(p.line, p.column)}: the file is not valid JSON (${problems.syntax(p.detail)})`,
    'not-an-object': (p) => `expected a journey map (a JSON object { … }), found ${problems.found(p.found)}`,
    'wrong-format': (p) => `expected "cjm", found ${problems.found(p.found)}: this is not a Jejak journey map`,
    'newer-version': (p) =>
      `this map is format version ${p.found}, made by a newer Jejak; this Jejak reads version ${p.supported}. Update Jejak to open it; the file was left as it is`,
    invalid: (p) => `expected ${problems.expected(p.expected)}, found ${problems.found(p.found)}`,
    'duplicate-key': (p) => `the key ${quote(p.key)} appears twice in one object; keep one and delete the other`,
    'duplicate-tag': (p) => `the tag ${quote(p.tag)} appears twice; a note's tags must all differ`,
    'too-deep': (p) => `an extension may nest at most ${p.limit} levels deep, and this one nests deeper`,
    'asset-too-large': (p) => `the image is ${mibOver(p.bytes)} MiB; an image in a map may be at most ${mib(p.limit)} MiB`,
    'asset-wrong-bytes': (p) =>
      `the data is not a ${IMAGE_NAMES[p.mime] ?? p.mime} image, although the asset says ${quote(p.mime)}`,
    'updated-before-created': (p) => `updatedAt (${p.updatedAt}) is before createdAt (${p.createdAt})`,
    'no-room-to-recover': (p) =>
      `notes point to ${p.collection} that do not exist, and the map already has the most ${p.collection} allowed (${p.limit}), so there is no room for a "Recovered" one`,
    'missing-lane': (p) => `no lane has the id ${quote(p.id)}; repair moves the note to the lane ${quote(p.recoveredTo)}`,
    'missing-stage': (p) => `no stage has the id ${quote(p.id)}; repair moves the note to the stage ${quote(p.recoveredTo)}`,
    'duplicate-id': (p) =>
      `the id ${quote(p.id)} is already used by an earlier ${problems.item(p.collection)}; repair gives this one the id ${quote(p.newId)}`,
    'emotion-out-of-range': (p) =>
      `expected an integer from -2 to 2, found ${p.found}; repair sets it to ${p.clamped} and keeps ${p.found} in ${p.keptAs}`,
    'unknown-lane-kind': (p) =>
      `${quote(p.found)} is not a kind of lane Jejak knows; repair makes it a text lane and keeps ${quote(p.found)} in ${p.keptAs}`,
    'missing-persona': (p) =>
      `no persona has the id ${quote(p.id)}; repair removes the link and keeps the id in ${p.keptAs}`,
    'missing-asset': (p) =>
      `no image in the map has the id ${quote(p.id)}; repair removes the link and keeps the id in ${p.keptAs}`,
    'unknown-key': (p) => `${quote(p.key)} is not a key of the .cjm format; repair keeps its value as the extension ${quote(p.keptAs)}`,
  },
};
