/** What this browser can play, and how long a sound is (browser only). */

const CODECS: Record<string, string[]> = {
  'audio/webm': ['audio/webm; codecs="opus"', 'audio/webm'],
  'audio/ogg': ['audio/ogg; codecs="vorbis"', 'audio/ogg; codecs="opus"', 'audio/ogg'],
  'audio/mp4': ['audio/mp4; codecs="mp4a.40.2"', 'audio/mp4'],
  'audio/aac': ['audio/aac', 'audio/mp4; codecs="mp4a.40.2"'],
};

export function canPlay(mime: string): boolean {
  if (typeof document === 'undefined') return true;
  const el = document.createElement('audio');
  return (CODECS[mime] ?? [mime]).some((type) => el.canPlayType(type) !== '');
}

/** Seconds, from decoding the sound (reliable for every format, also MediaRecorder's), or null. */
export async function audioDuration(blob: Blob): Promise<number | null> {
  try {
    const Ctx = globalThis.OfflineAudioContext;
    if (Ctx) {
      const ctx = new Ctx(1, 1, 44100);
      const buffer = await ctx.decodeAudioData(await blob.arrayBuffer());
      return Math.round(buffer.duration * 1000) / 1000;
    }
  } catch {
    // fall through to the <audio> element
  }
  return metadataDuration(blob);
}

function metadataDuration(blob: Blob): Promise<number | null> {
  return new Promise((resolve) => {
    const el = document.createElement('audio');
    const url = URL.createObjectURL(blob);
    const done = (v: number | null) => {
      URL.revokeObjectURL(url);
      resolve(v);
    };
    el.preload = 'metadata';
    el.onloadedmetadata = () => done(Number.isFinite(el.duration) ? el.duration : 0);
    el.onerror = () => done(null);
    el.src = url;
  });
}
