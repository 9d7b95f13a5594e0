import type { FastifyInstance } from 'fastify';
import { HUB_PATHS } from '../../live/api.ts';
import type { HubContext } from '../context.ts';
import type { Listener } from '../listener.ts';

/** WebSocket /api/live: a joined device or the facilitator hears about their room (src/live/messages.ts). */
export function liveRoutes(app: FastifyInstance, ctx: HubContext, l: Listener): void {
  app.get(HUB_PATHS.live, { websocket: true }, async (socket, req) => {
    const c = await l.caller(req).catch(() => null);
    if (!c?.room || (!c.device && !c.facilitator)) {
      socket.close(4001, 'Join the room first');
      return;
    }
    ctx.live.add(socket, { roomId: c.room.id, device: c.device, facilitator: c.facilitator });
  });
}
