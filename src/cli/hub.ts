import { USAGE } from './hub-args.ts';
import type { Command } from './types.ts';

export const hubCommand: Command = {
  name: 'hub',
  usage: USAGE,
  summary: 'Runs the room hub: serves the app, stories and media to every device on the room\'s network (HTTPS), with rooms and join codes. "hub backup"/"hub restore" copy everything to or from a backup file.',
  async run(args, io) {
    // Loaded only when used: the server's modules (Fastify, SQLite, sharp) stay out of the other commands.
    if (args[0] === 'backup') return (await import('./hub-backup.ts')).hubBackup(args.slice(1), io);
    if (args[0] === 'restore') return (await import('./hub-backup.ts')).hubRestore(args.slice(1), io);
    if (args[0] === 'admin-passphrase') return (await import('./hub-admin.ts')).hubAdminPassphrase(args.slice(1), io);
    return (await import('./hub-serve.ts')).serveHub(args, io);
  },
};
