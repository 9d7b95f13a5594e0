import { t } from '../i18n/index.ts';
import { hubDeviceName } from '../i18n/device-names.ts';

/**
 * A device's name in the reader's language. The hub names devices in English ("Laptop 2", "Hub
 * laptop"); those names are shown translated ("حاسوب 2"), while a name someone chose stays as it is.
 */
export function deviceName(name: string): string {
  const known = hubDeviceName(name);
  return known ? t(known.key, known.n === undefined ? undefined : { n: known.n }) : name;
}
