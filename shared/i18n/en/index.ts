// Every word of Jejak in English, for every layer: the page, the command
// line, the desktop shell, exports and the messages of shared/. This object
// is the shape of every language (shared/i18n/words.ts): another language's
// index.ts must give every key, with functions of the same parameters.
import { app, autoSave, backups, cheatSheet, fileDialog, languages, palette, problemsDialog, settings, start, typeHints, types } from './app';
import { board, inspector, menu, personas } from './board';
import { capture } from './capture';
import { cli } from './cli';
import { curves } from './curves';
import { exporting, importing } from './exporting';
import { facilitator } from './facilitator';
import { files } from './files';
import { filters } from './filters';
import { imports } from './imports';
import { language } from './language';
import { lock } from './lock';
import { pdf } from './pdf';
import { photos } from './photos';
import { present } from './present';
import { problems } from './problems';
import { reasons } from './reasons';
import { refusals } from './refusals';
import { report } from './report';
import { laneKinds, mergeMarkers, scene } from './scene';
import { sheets } from './sheets';
import { shell } from './shell';
import { sync } from './sync';
import { timer } from './timer';
import { versions } from './versions';
import { voting } from './voting';

export const en = {
  language,
  // The page.
  app,
  start,
  types,
  typeHints,
  languages,
  fileDialog,
  problemsDialog,
  palette,
  cheatSheet,
  settings,
  autoSave,
  backups,
  board,
  menu,
  inspector,
  personas,
  sync,
  exporting,
  importing,
  facilitator,
  present,
  filters,
  timer,
  capture,
  voting,
  versions,
  photos,
  curves,
  // Why an action is greyed (its name is in its definition, shared/actions/definitions/).
  reasons,
  // The map itself, as drawn and exported.
  laneKinds,
  scene,
  mergeMarkers,
  pdf,
  report,
  sheets,
  imports,
  // Messages from shared/ and the services.
  files,
  problems,
  refusals,
  lock,
  // The command line and the desktop shell.
  cli,
  shell,
};
