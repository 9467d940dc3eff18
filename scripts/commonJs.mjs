// What a CommonJS bundle of Jejak's Node code needs: the services find the
// package from import.meta.url, which CommonJS lacks, so it is made from
// __filename; and "use strict" comes first, or the banner would leave the
// bundle in sloppy mode (a directive counts only at the very top).
export const COMMONJS = {
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
  define: { 'import.meta.url': '__jejakModuleUrl' },
  banner: { js: "'use strict'; const __jejakModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
};
