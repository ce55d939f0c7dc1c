/** Bytes with an ArrayBuffer of their own, so transferring them to another thread moves nothing else (small Buffers share a pool). */
export function withOwnBuffer(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes);
}
