/**
 * The duplicate index of case rows: the same client twice with the same measure and start date.
 * A million rows must not cost a million strings, so each key is kept as numbers in one typed
 * array (open addressing, three 32-bit words per slot, side by side so that a probe touches one
 * cache line): a 64-bit fingerprint of (client number, GI, type, start day) as two independent
 * 32-bit hashes, and the row where the key was first seen. Two different keys match only when
 * both hashes collide: for a million rows, about 1 chance in 30 million of one false report.
 */

/** Two 32-bit hashes of a string in one pass (FNV-1a and a multiplicative hash). */
export function hashPair(s: string, out: Int32Array): void {
  let a = 0x811c9dc5 | 0;
  let b = 0x9747b28c | 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b + c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  out[0] = a;
  out[1] = b ^ (b >>> 13);
}

const WORDS = 3; // fingerprint a, fingerprint b, first row (0 = free)

export class DuplicateIndex {
  private capacity: number;
  private size = 0;
  private slots: Int32Array;

  /** @param expectedRows a guess of the rows to come (from file sizes), to spare most rehashing */
  constructor(expectedRows = 0) {
    this.capacity = 1 << 12;
    while (this.capacity < expectedRows * 2 && this.capacity < 1 << 22) this.capacity *= 2;
    this.slots = new Int32Array(this.capacity * WORDS);
  }

  /** Remember a key; returns 0 when new, else the row that had it first (rows start at 1). */
  add(a: number, b: number, startDay: number, giType: number, rowNumber: number): number {
    return this.addFingerprint(fmix(a ^ Math.imul(startDay, 0x27d4eb2d) ^ Math.imul(giType + 1, 0x165667b1)), fmix(b ^ Math.imul(startDay + 0x3c6ef372, 0x85ebca6b) ^ Math.imul(giType + 7, 0xc2b2ae35)), rowNumber);
  }

  private addFingerprint(a: number, b: number, rowNumber: number): number {
    if ((this.size + 1) * 2 > this.capacity) this.grow();
    const t = this.slots;
    const mask = this.capacity - 1;
    let slot = a & mask;
    for (;;) {
      const at = slot * WORDS;
      const r = t[at + 2] ?? 0;
      if (r === 0) {
        t[at] = a;
        t[at + 1] = b;
        t[at + 2] = rowNumber;
        this.size++;
        return 0;
      }
      if (t[at] === a && t[at + 1] === b) return r >>> 0;
      slot = (slot + 1) & mask;
    }
  }

  get count(): number {
    return this.size;
  }

  /** Bytes held by the index. */
  get bytes(): number {
    return this.slots.byteLength;
  }

  private grow(): void {
    const old = this.slots;
    this.capacity *= 2;
    this.slots = new Int32Array(this.capacity * WORDS);
    this.size = 0;
    for (let at = 0; at < old.length; at += WORDS) {
      const r = old[at + 2] ?? 0;
      if (r !== 0) this.addFingerprint(old[at] ?? 0, old[at + 1] ?? 0, r);
    }
  }
}

/** murmur3's finaliser: every input bit affects every output bit. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
