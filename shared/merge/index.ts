// Three-way merge of journey maps by id: what the app does when someone else
// saved the map it has open (docs/architecture.md, "Files on a shared drive").
export { mergeMaps, resolveConflicts } from './merge';
export { mapsEqual, summarize } from './summary';
export { MERGE_EXTENSION } from './texts';
export { OVERFLOW_EXTENSION } from './limits';
export type { Choices, KeptText, MergeCollection, MergeConflict, MergeNotice, MergeOptions, MergeResult, MergeSummary, Side } from './types';
