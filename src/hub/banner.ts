import { renderUnicodeCompact } from 'uqr';
import { formatJoinCode } from '../live/codes.ts';
import type { Room } from './store/types.ts';

export interface BannerInfo {
  version: string;
  /** https:// addresses for the room's devices, LAN first. */
  addresses: string[];
  httpUrl: string;
  fingerprint: string;
  dataDir: string;
  room: Room | null;
  selfSigned: boolean;
  /** HTTPS listens only on this machine (--host 127.0.0.1): no other device can reach it. */
  loopbackOnly?: boolean;
}

/** What the terminal shows at start: where to go, the join QR, the certificate's fingerprint. */
export function banner(info: BannerInfo): string {
  const lan = info.addresses.filter((a) => !a.includes('localhost'));
  const join = lan[0] ?? info.addresses[0] ?? info.httpUrl;
  const joinUrl = info.room ? `${join}join?join=${info.room.code}` : `${join}join`;
  const lines = [
    '',
    `Storyscape room hub ${info.version}`,
    '',
    `  On this laptop:      ${info.httpUrl}`,
    ...(lan.length
      ? [`  Other devices:       ${lan[0]}`, ...lan.slice(1).map((a) => `                       ${a}`)]
      : info.loopbackOnly
        ? ['  Other devices:       none (the hub listens on this laptop only: leave out --host to let the room in)']
        : ['  Other devices:       (this laptop is on no network yet: join a Wi-Fi or start a hotspot, then restart the hub)']),
    '',
    info.room
      ? `  Session "${info.room.name}": join code ${formatJoinCode(info.room.code)}`
      : `  No session yet: open ${info.httpUrl} on this laptop to start one.`,
    '',
    `  Scan to join (${joinUrl}):`,
    '',
    ...renderUnicodeCompact(joinUrl, { ecc: 'L', border: 1 })
      .split('\n')
      .map((l) => `    ${l}`),
    '',
    ...(info.selfSigned
      ? [
          '  Devices will warn that the connection is not private (this hub made its own certificate).',
          '  Check that the fingerprint they show matches this one, then choose "continue":',
        ]
      : ['  Certificate fingerprint:']),
    `    ${info.fingerprint}`,
    '',
    `  Data folder:         ${info.dataDir}`,
    '  Stop the hub with Ctrl+C.',
    '',
  ];
  return lines.join('\n');
}
