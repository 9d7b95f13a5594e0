import type { Server as TusServer } from '@tus/server';
import type { DataDir } from './data-dir.ts';
import type { LiveBus } from './live-bus.ts';
import type { LiveSockets } from './live-sockets.ts';
import type { Rooms } from './rooms.ts';
import type { Admin } from './service/admin.ts';
import type { Retention } from './service/retention.ts';
import type { Stories } from './stories.ts';
import type { HubStore, MediaStore } from './store/types.ts';
import type { Tls } from './tls.ts';
import type { HubLog } from './log.ts';

/** What both listeners (HTTPS for the room, HTTP for the hub laptop) share. */
export interface HubContext {
  version: string;
  data: DataDir;
  store: HubStore;
  media: MediaStore;
  bus: LiveBus;
  rooms: Rooms;
  stories: Stories;
  live: LiveSockets;
  tus: TusServer;
  tls: Tls;
  /** (#17) The service's admin log-in, and retention of old sessions' media. */
  admin: Admin;
  retention: Retention;
  /** The built app (dist/), or null when it is not built. */
  distDir: string | null;
  /** https:// addresses devices can use, LAN first. */
  addresses(): string[];
  log: HubLog;
}

/** Who made a request: resolved once per request by ./auth.ts. */
export interface Caller {
  /** The request came through the hub laptop's own HTTP listener. */
  local: boolean;
  secure: boolean;
  address: string;
  room: import('./store/types.ts').Room | null;
  device: import('./store/types.ts').Device | null;
  facilitator: boolean;
}
