// Child process of the recovery test: journals a map in DATA_DIR under KEY,
// says "journaled", then waits to be killed (or exits when stdin closes).
import { RecoveryJournal } from '../../../electron/services/recovery';

const [dataDir, key, path, title, text] = process.argv.slice(2);
if (!dataDir || !key || path === undefined || !title || text === undefined) throw new Error('usage: journalMap DATA_DIR KEY PATH TITLE TEXT');
const journal = new RecoveryJournal(dataDir);
journal.record({ key, path: path === '' ? null : path, title, text });
await journal.flush();
process.stdout.write('journaled\n');
process.stdin.resume();
process.stdin.on('end', () => process.exit(0));
