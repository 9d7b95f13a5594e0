/** Small line icons for buttons. Always decorative (aria-hidden): buttons carry a text label. */
import { DIRECTIONAL, ICON_PATHS as paths, type IconName } from './iconPaths.ts';

export type { IconName } from './iconPaths.ts';

export function Icon({ name, size = '1.25em' }: { name: IconName; size?: string }) {
  return (
    <svg
      className={DIRECTIONAL.has(name) ? 'ssp-icon-directional' : undefined}
      aria-hidden="true"
      focusable="false"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2.2}
      strokeLinecap="round"
      strokeLinejoin="round"
      style={{ flex: 'none' }}
    >
      {name === 'info' && <circle cx="12" cy="12" r="9" />}
      <path d={paths[name]} />
    </svg>
  );
}
