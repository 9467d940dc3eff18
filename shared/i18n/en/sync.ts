// A map on a shared drive, in English: another copy holding it, changes made
// elsewhere and merged, a folder out of reach, and recovering unsaved maps.

export const sync = {
  lockTitle: 'This map is open elsewhere',
  reloaded: (p: { name: string }) => `Reloaded: ${p.name} changed on disk`,
  merged: (p: { notes: number; conflicts: number }) => `Merged changes from disk: ${p.notes} notes merged, ${p.conflicts} conflicts`,
  unreadable: (p: { name: string }) => `${p.name} changed on disk but cannot be read now; your map is kept as it is`,
  unreachable: (p: { name: string }) => `Can't reach the folder of ${p.name}. Your work is kept here and in recovery.`,
  missing: (p: { name: string }) => `${p.name} is not in its folder now (moved or being replaced?). Your work is kept here and in recovery.`,
  retry: 'Retry',
  saveCopy: 'Save a copy…',
  conflictsTitle: 'Both you and someone else changed these',
  conflictsIntro: 'Your version is used for now. Choose, for each, which to keep; the other text is kept as a marked copy note.',
  mine: 'Mine',
  theirs: 'Theirs',
  apply: 'Apply',
  recoveryTitle: 'Recover unsaved maps',
  recoveryIntro: 'Jejak stopped before these maps were saved.',
  recoveredAt: (p: { date: string }) => `last change ${p.date}`,
  neverSaved: 'never saved',
  restore: 'Restore',
  readOnlyNote: 'Read-only: Save asks where to save a copy.',
};
