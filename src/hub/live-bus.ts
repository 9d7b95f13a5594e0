import { EventEmitter } from 'node:events';
import type { ServerMessage } from '../live/messages.ts';

/**
 * Who a live message is for: everyone in a room, only its facilitators, or one device.
 * Sockets subscribe to the bus, never to each other, so several hub processes can share
 * events later (#17: PostgreSQL LISTEN/NOTIFY behind the same interface).
 */
export type Audience = { roomId: string; to: 'room' } | { roomId: string; to: 'facilitator' } | { roomId: string; to: 'device'; deviceId: string };

export interface LiveEvent {
  audience: Audience;
  message: ServerMessage;
}

export interface LiveBus {
  publish(event: LiveEvent): Promise<void>;
  /** Returns the unsubscribe function. */
  subscribe(listener: (event: LiveEvent) => void): () => void;
  close(): Promise<void>;
}

/** One process: an EventEmitter. */
export function memoryLiveBus(): LiveBus {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    async publish(event) {
      emitter.emit('event', event);
    },
    subscribe(listener) {
      emitter.on('event', listener);
      return () => emitter.off('event', listener);
    },
    async close() {
      emitter.removeAllListeners();
    },
  };
}
