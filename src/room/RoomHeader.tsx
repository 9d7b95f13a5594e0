/** One way onward from a room page: its words and what it does (absent links are `false`). */
export interface RoomHeaderLink {
  label: string;
  onClick: () => void;
}

/** The row of quiet buttons at the top of the room's pages (/join, /room, /room/headsets). */
export function RoomHeader({ links }: { links: ReadonlyArray<RoomHeaderLink | false> }) {
  return (
    <header className="room-header">
      {links.map(
        (link) =>
          link && (
            <button key={link.label} type="button" className="button quiet" onClick={link.onClick}>
              {link.label}
            </button>
          ),
      )}
    </header>
  );
}
