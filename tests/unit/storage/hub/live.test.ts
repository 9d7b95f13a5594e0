import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { connectLive } from '../../../../src/storage/hub/live.ts';

/** Just enough of a browser WebSocket: the test opens it, says what the hub says, or lets it go silent. */
class FakeSocket {
  static all: FakeSocket[] = [];
  readonly OPEN = 1;
  readyState = 0;
  sent: string[] = [];
  closed = false;
  onopen: (() => void) | null = null;
  onmessage: ((e: { data: string }) => void) | null = null;
  onclose: ((e: { code: number }) => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(readonly url: string) {
    FakeSocket.all.push(this);
  }
  send(text: string) {
    this.sent.push(text);
  }
  close() {
    this.closed = true;
  }
  opened() {
    this.readyState = 1;
    this.onopen?.();
    this.say({ type: 'welcome', device: null, facilitator: true, roomId: 'r1' });
  }
  say(m: unknown) {
    this.onmessage?.({ data: JSON.stringify(m) });
  }
}

describe('the live connection to the hub', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    FakeSocket.all = [];
  });
  afterEach(() => vi.useRealTimers());

  const connect = () =>
    connectLive({
      url: 'wss://hub/api/live',
      onMessage: () => {},
      WebSocket: FakeSocket as unknown as typeof WebSocket,
      timers: { setTimeout: (f, ms) => setTimeout(f, ms), clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>), now: () => Date.now() },
    });

  it('keeps a connection whose pings are answered', () => {
    const live = connect();
    const ws = FakeSocket.all[0]!;
    ws.opened();
    for (let i = 0; i < 3; i++) {
      vi.advanceTimersByTime(20_000);
      expect(ws.sent.at(-1)).toBe('{"type":"ping"}');
      vi.advanceTimersByTime(1_000);
      ws.say({ type: 'pong' });
    }
    vi.advanceTimersByTime(6_000);
    expect(FakeSocket.all).toHaveLength(1);
    expect(live.state()).toBe('open');
    live.close();
  });

  it('starts over when a ping goes unanswered: a connection dead without a close (a headset that slept)', () => {
    const live = connect();
    const ws = FakeSocket.all[0]!;
    ws.opened();
    vi.advanceTimersByTime(20_000);
    expect(ws.sent.at(-1)).toBe('{"type":"ping"}');
    vi.advanceTimersByTime(5_001); // no pong, and the browser never said the socket closed
    expect(ws.closed).toBe(true);
    expect(FakeSocket.all).toHaveLength(2);
    expect(live.state()).toBe('connecting');
    FakeSocket.all[1]!.opened();
    expect(live.state()).toBe('open');
    live.close();
  });
});
