import { useEffect, useState } from 'react';
import { useRepository } from '../../storage/context.ts';
import { cachedThumbnail } from '../../storage/thumbnails/thumbnails.ts';

/**
 * A small copy of a bundled picture (a template's start scene), for its card: made once in a
 * worker from the full file and kept in the thumbnail cache by the picture's hash, so the card
 * never draws a 4096 px panorama. Null until it is ready (the card shows its empty frame).
 */
export function useSmallPicture(picture: { id: string; url: string } | undefined): string | null {
  const repo = useRepository();
  const [made, setMade] = useState<{ id: string; url: string } | null>(null);
  const id = picture?.id;
  const source = picture?.url;
  useEffect(() => {
    if (!id || !source) return;
    let live = true;
    let url: string | null = null;
    const original = async () => {
      const response = await fetch(source);
      return response.ok ? response.blob() : null;
    };
    void cachedThumbnail(repo, id, original)
      .then((blob) => {
        if (!live || !blob) return;
        url = URL.createObjectURL(blob);
        setMade({ id, url });
      })
      .catch(() => undefined);
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [repo, id, source]);
  return made && made.id === id ? made.url : null;
}
