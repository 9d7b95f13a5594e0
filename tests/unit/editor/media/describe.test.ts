import { describe, expect, it } from 'vitest';
import { looksLike, notMediaMessage } from '../../../../src/editor/media/describe.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('words for files that are not media', () => {
  it('says what a file looks like, from its bytes', () => {
    expect(looksLike(bytes('Shopping list\n- milk\n'))).toBe('text');
    expect(looksLike(bytes('%PDF-1.7 ...'))).toBe('pdf');
    expect(looksLike(bytes('PK\x03\x04....'))).toBe('zip');
    expect(looksLike(bytes('  <!DOCTYPE html><html>'))).toBe('web');
    expect(looksLike(new Uint8Array([0, 1, 2, 3, 200, 100]))).toBe('unknown');
  });

  it('answers in words a young person understands, naming what they hoped for', () => {
    expect(notMediaMessage('notes.jpg', bytes('hello'))).toBe('“notes.jpg” is not a picture: it looks like a text file. Choose a JPEG, PNG or WebP photo.');
    expect(notMediaMessage('song.mp3', bytes('%PDF-1.4'))).toBe('“song.mp3” is not a sound: it looks like a PDF document. Choose an MP3, OGG, WAV, M4A or WebM sound.');
    expect(notMediaMessage('thing', new Uint8Array([0, 1, 2]))).toContain('is not a picture or a sound: it looks like a kind of file Storyscape does not know');
  });
});
