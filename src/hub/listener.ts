import type { FastifyRequest } from 'fastify';
import type { Caller } from './context.ts';

/** How one listener treats its requests: the hub laptop's HTTP (local) or the room's HTTPS. */
export interface Listener {
  local: boolean;
  secure: boolean;
  caller(req: FastifyRequest): Promise<Caller>;
}
