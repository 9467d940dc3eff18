// The settings that switch actions turn on or off, as the action state lists
// them (ActionState.on): the menus tick an action while its setting is on.
import type { ActionSwitch } from '../../shared/actions/action';
import type { FacilitatorModes } from '../../shared/ops/facilitatorPolicy';

export function switchesOn(settings: FacilitatorModes & { autoSave: boolean }): ActionSwitch[] {
  const on: ActionSwitch[] = [];
  if (settings.autoSave) on.push('autoSave');
  if (settings.silentRound) on.push('silentRound');
  if (settings.structureLocked) on.push('structureLock');
  if (settings.reviewMode) on.push('reviewMode');
  return on;
}
