// Libraries the exporters load from node_modules rather than from a bundle:
// they read their own data files (pdfkit's font metrics, harfbuzz's wasm),
// carry native code (Skia) or are large and wanted only when exporting.
export const EXPORT_LIBRARIES = ['@napi-rs/canvas', 'pdfkit', 'exceljs', 'csv-parse', 'subset-font', 'fontkit'];
