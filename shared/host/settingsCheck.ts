// The app's settings as saveSettings carries them (shared/host/protocol.ts).
import { LANGUAGES } from '../i18n/languages';
import { flag, nullable, oneOf, optional, shape, type Check } from './argumentChecks';
import type { HostSettings } from './host';

export const hostSettings: Check<HostSettings> = shape<HostSettings>({
  language: nullable(oneOf(LANGUAGES)),
  autoSave: optional(flag),
});
