import { z } from 'zod';
import type { HubClient } from '../storage/hub/client.ts';
import {
  AdminRoom,
  AdminRoomReply,
  AdminRoomsReply,
  AdminStatus,
  CollectionEntryInfo,
  CollectionReply,
  RetentionReply,
  RetentionRunReply,
  SERVICE_PATHS,
  type CollectBody,
} from '../live/service-api.ts';

const Ok = z.unknown();
const RoomReply = z.object({ room: AdminRoom });
const EndReply = z.object({ room: AdminRoom, deleted: z.object({ stories: z.number(), media: z.number(), kept: z.number() }) });
const EntryReply = z.object({ entry: CollectionEntryInfo });

/**
 * The service's admin API (#17, src/live/service-api.ts) from the admin page: every reply checked
 * against the shared schemas, failures as the hub client's two errors (unreachable, or a "no" with
 * a code). Downloads are plain links (`*Url`): the browser saves them with the admin's cookie.
 */
export function createAdminClient(client: HubClient) {
  const { call, url } = client;
  return {
    status: () => call(AdminStatus, 'GET', SERVICE_PATHS.admin),
    login: (passphrase: string) => call(Ok, 'POST', SERVICE_PATHS.login, { passphrase }),
    logout: () => call(Ok, 'POST', SERVICE_PATHS.logout, {}),

    rooms: () => call(AdminRoomsReply, 'GET', SERVICE_PATHS.rooms),
    room: (id: string) => call(AdminRoomReply, 'GET', SERVICE_PATHS.room(id)),
    startRoom: (name: string, passphrase: string) => call(RoomReply, 'POST', SERVICE_PATHS.rooms, { name, passphrase }),
    endRoom: (id: string, deleteMedia: boolean) => call(EndReply, 'POST', SERVICE_PATHS.roomEnd(id), { deleteMedia }),
    keepRoom: (id: string, keep: boolean) => call(RoomReply, 'POST', SERVICE_PATHS.roomKeep(id), { keep }),
    roomBackupUrl: (id: string) => url(SERVICE_PATHS.roomBackup(id)),

    collection: async () => (await call(CollectionReply, 'GET', SERVICE_PATHS.collection)).entries,
    collect: async (body: CollectBody) => (await call(EntryReply, 'POST', SERVICE_PATHS.collection, body)).entry,
    removeFromCollection: (storyId: string) => call(Ok, 'DELETE', SERVICE_PATHS.collectionEntry(storyId)),
    packageUrl: (storyId: string) => url(SERVICE_PATHS.collectionPackage(storyId)),
    collectionBackupUrl: () => url(SERVICE_PATHS.collectionBackup),
    recordsUrl: () => url(SERVICE_PATHS.collectionRecords),

    retention: () => call(RetentionReply, 'GET', SERVICE_PATHS.retention),
    setRetention: (days: number) => call(RetentionReply, 'PUT', SERVICE_PATHS.retention, { days }),
    runRetention: async () => (await call(RetentionRunReply, 'POST', SERVICE_PATHS.retentionRun, {})).run,
  };
}

export type AdminClient = ReturnType<typeof createAdminClient>;
