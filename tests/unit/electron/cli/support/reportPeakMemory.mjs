// Preloaded (node --import) into a `jejak` run that a test measures: as the
// process exits, its peak resident memory (worker threads included) in KiB
// goes to the file named by JEJAK_TEST_PEAK_FILE.
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const file = process.env.JEJAK_TEST_PEAK_FILE;
if (isMainThread && file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
