/** What the terminal (or the service's journal) shows when a service process starts (#17). */
export function serviceBanner(info: { version: string; publicUrl: string; listening: string; database: string; media: string; dataDir: string; adminSet: boolean; openRooms: number }): string {
  return [
    '',
    `Storyscape hub ${info.version}, running as a service`,
    '',
    `  People open:         ${info.publicUrl} (through the reverse proxy)`,
    `  Listening for it on: ${info.listening}`,
    `  Rooms and stories:   ${info.database}`,
    `  Photos and sounds:   ${info.media}`,
    `  Data folder:         ${info.dataDir} (uploads in progress; share it between the service's processes)`,
    `  Open sessions:       ${info.openRooms}`,
    info.adminSet
      ? `  Admin:               ${info.publicUrl}admin (the admin page; see docs/deploy.md)`
      : `  Admin:               set its passphrase first: storyscape hub admin-passphrase${info.database.startsWith('PostgreSQL') ? ' --database …' : ''} (see docs/deploy.md)`,
    '',
  ].join('\n');
}
