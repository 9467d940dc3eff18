// Imports into a map: a sheet's rows or a plain list, planned here (pure,
// nothing changed), then applied as one undo step by ops.importNotes (or by
// applyImportPlan outside a history). Reading the file's bytes into rows is
// electron/import/readSheet.ts.
export * from './types';
export { planSheetImport, type SheetImportOptions } from './planSheet';
export { parsePlainList, type PlainListOptions } from './plainList';
export { applyImportPlan, type AppliedImport } from './applyPlan';
export { matchColumns, columnOfHeader, type ColumnMatch } from './columns';
export {
  importProblemMessage,
  importProblemMessages,
  importSummaryMessage,
  rowsNotImported,
  sheetFailureMessage,
  type SheetFailure,
} from '../i18n/importMessages';
