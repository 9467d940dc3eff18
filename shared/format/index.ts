// The .cjm format: types, the reader and the canonical writer.
export * from './types';
export type { JsonValue, JsonObject } from './json';
export type { Problem, ProblemCode, Found, FatalProblem, RepairableProblem } from './problems';
export { readCjm, type ReadResult } from './reader';
export { writeCjm } from './writer';
export { LIMITS } from './schema';
export { isId, isDate, isTimestamp, isColor, isLanguageTag, textLength } from './rules';
