// Reads the facts a story needs about a media file from its bytes (Node, no dependencies):
// JPEG/PNG pixel size and MP3/WAV duration. Used by the sample-story script.

/** @param {Buffer} buf */
export function imageSize(buf) {
  if (buf[0] === 0x89 && buf.toString('ascii', 1, 4) === 'PNG') {
    return { mime: 'image/png', width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
  }
  if (buf[0] === 0xff && buf[1] === 0xd8) {
    let i = 2;
    while (i < buf.length) {
      if (buf[i] !== 0xff) { i++; continue; }
      const marker = buf[i + 1];
      const len = buf.readUInt16BE(i + 2);
      // SOF0..SOF15 except DHT (c4), JPG (c8), DAC (cc)
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { mime: 'image/jpeg', height: buf.readUInt16BE(i + 5), width: buf.readUInt16BE(i + 7) };
      }
      i += 2 + len;
    }
  }
  throw new Error('not a JPEG or PNG image');
}

const BITRATES = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
const RATES = [44100, 48000, 32000];

/** Duration in seconds of an MPEG-1 Layer III file, by walking its frames. @param {Buffer} buf */
export function mp3Duration(buf) {
  let i = 0;
  if (buf.toString('ascii', 0, 3) === 'ID3') {
    const size = ((buf[6] & 0x7f) << 21) | ((buf[7] & 0x7f) << 14) | ((buf[8] & 0x7f) << 7) | (buf[9] & 0x7f);
    i = 10 + size;
  }
  let samples = 0;
  let rate = 44100;
  while (i + 4 <= buf.length) {
    if (buf[i] === 0xff && (buf[i + 1] & 0xe0) === 0xe0) {
      const version = (buf[i + 1] >> 3) & 3; // 3 = MPEG1, 2 = MPEG2, 0 = MPEG2.5
      const layer = (buf[i + 1] >> 1) & 3; // 1 = layer III
      const br = buf[i + 2] >> 4;
      const sr = (buf[i + 2] >> 2) & 3;
      const pad = (buf[i + 2] >> 1) & 1;
      if (layer === 1 && br > 0 && br < 15 && sr < 3) {
        const mpeg1 = version === 3;
        rate = RATES[sr] / (mpeg1 ? 1 : version === 2 ? 2 : 4);
        const kbps = mpeg1 ? BITRATES[br] : [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160][br];
        const perFrame = mpeg1 ? 1152 : 576;
        const size = Math.floor(((perFrame / 8) * kbps * 1000) / rate) + pad;
        samples += perFrame;
        i += size;
        continue;
      }
    }
    i++;
  }
  return Math.round((samples / rate) * 1000) / 1000;
}

/** Duration in seconds of a PCM WAV file. @param {Buffer} buf */
export function wavDuration(buf) {
  let i = 12;
  let byteRate = 0;
  while (i + 8 <= buf.length) {
    const id = buf.toString('ascii', i, i + 4);
    const size = buf.readUInt32LE(i + 4);
    if (id === 'fmt ') byteRate = buf.readUInt32LE(i + 16);
    if (id === 'data') return Math.round((size / byteRate) * 1000) / 1000;
    i += 8 + size + (size % 2);
  }
  throw new Error('no data chunk in WAV');
}
