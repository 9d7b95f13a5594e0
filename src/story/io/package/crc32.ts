/** CRC-32 (the zip checksum), incremental. Used to check the JSON files inside a package. */
const TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

export class Crc32 {
  private c = -1;
  update(bytes: Uint8Array): void {
    let c = this.c;
    for (let i = 0; i < bytes.length; i++) c = TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
    this.c = c;
  }
  /** The checksum as an unsigned 32-bit number. */
  value(): number {
    return ~this.c >>> 0;
  }
}
