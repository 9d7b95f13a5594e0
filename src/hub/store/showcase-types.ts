/**
 * What the showcase (#16) keeps in the store, so that it survives a hub restart and every hub
 * process of a library service (#17) guides the same headsets: the room's showcase state (what the
 * facilitator asked of every headset, as JSON that src/hub/showcase/state.ts reads and writes) and
 * what each headset last said it shows.
 */
export interface ShowcaseRecord {
  /** JSON, see src/hub/showcase/state.ts. */
  state: string;
  /** Grows with every save: the compare-and-set token. */
  version: number;
}

export interface PresenceRecord {
  deviceId: string;
  /** JSON of the headset's last `presence` message. */
  presence: string;
  heardAt: string;
}

/** What one headset said it shows, to be saved. */
export interface PresenceWrite {
  roomId: string;
  deviceId: string;
  /** JSON of the headset's `presence` message. */
  presence: string;
  at: string;
}

export interface ShowcaseStore {
  showcase(roomId: string): Promise<ShowcaseRecord | null>;
  /**
   * Compare-and-set: saves `state` as version `version + 1` when the stored version is `version`
   * (0: none stored yet). False when another process saved first (read again and retry).
   */
  saveShowcase(roomId: string, state: string, version: number, at: string): Promise<boolean>;
  /**
   * Headsets said what they show (each replaces what it said before), saved together in one write
   * (a room of headsets reporting after the same move costs one disk sync, not one each). At most
   * one entry per device.
   */
  setPresences(writes: readonly PresenceWrite[]): Promise<void>;
  presences(roomId: string): Promise<PresenceRecord[]>;
}
