// Byte arrays for bytes/bytearray contents from shared slabs. V8 keeps a typed array of at
// most 64 bytes on its heap (~20 ns to make); a longer one gets an ArrayBuffer of its own with
// an external backing store: ~260 ns for 96 bytes, ~500 for 1000 (Node 20). A view of a slab
// costs ~30 ns. Like Node's Buffer pool, a view keeps its whole slab alive; views are only
// handed out up to POOLED_MAX so that a slab holds at least 8 of them. A view's `.buffer` is
// the slab (shared): nothing may assume an ArrayBuffer of its own (bytes.ts's aliasing check
// only copies more often).

const SLAB = 8192;
const POOLED_MAX = 1024;
let slab = new ArrayBuffer(SLAB);
let used = 0;

/** A zeroed array of n bytes. */
export function allocBytes(n: number): Uint8Array {
  if (n <= 64 || n > POOLED_MAX) return new Uint8Array(n);
  if (used + n > SLAB) {
    slab = new ArrayBuffer(SLAB);
    used = 0;
  }
  const v = new Uint8Array(slab, used, n);
  used += (n + 7) & ~7;
  return v;
}

/** A copy of src[start, end) (what `src.slice(start, end)` gives, without the cost above). */
export function copyBytes(src: Uint8Array, start = 0, end = src.length): Uint8Array {
  const n = end - start;
  if (n <= 64 || n > POOLED_MAX) return src.slice(start, end);
  const out = allocBytes(n);
  if (n > 256) {
    // (A subarray view costs about what 200 units of the loop do; set() is a memcpy.)
    out.set(src.subarray(start, end));
    return out;
  }
  for (let i = 0; i < n; i++) out[i] = src[start + i];
  return out;
}
