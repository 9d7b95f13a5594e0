import { useEffect, useState } from 'react';
import { useEditor } from '../context.ts';

/** A URL for one of the story's files while the component shows it (released after). */
export function useAssetUrl(assetId: string | undefined): string | null {
  const { assets } = useEditor();
  const [url, setUrl] = useState<{ id: string; url: string | null } | null>(null);
  useEffect(() => {
    if (!assetId) return;
    let live = true;
    void assets.getUrl(assetId).then((u) => live && setUrl({ id: assetId, url: u }));
    return () => {
      live = false;
      assets.release?.(assetId);
      // The URL is revoked now: coming back to this recording (e.g. next scene, then previous)
      // must wait for a new one, not hand the player the dead one.
      setUrl((u) => (u?.id === assetId ? null : u));
    };
  }, [assets, assetId]);
  return assetId && url?.id === assetId ? url.url : null;
}
