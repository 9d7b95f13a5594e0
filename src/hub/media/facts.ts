/** What the hub's checks found a file to be. */
export interface MediaFacts {
  mime: string;
  kind: 'image' | 'audio' | 'video';
  label: string;
  width: number | null;
  height: number | null;
}

export interface AcceptedMedia {
  images: ReadonlySet<string>;
  audio: ReadonlySet<string>;
  video?: ReadonlySet<string>;
}
