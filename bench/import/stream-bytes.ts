/** How many bytes a stream (a written package) carries, read to its end. */
export async function streamBytes(stream: ReadableStream<Uint8Array>): Promise<number> {
  let n = 0;
  const reader = stream.getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) n += r.value.length;
  return n;
}
