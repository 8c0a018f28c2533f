/**
 * The duplicate index of case rows: the same client twice with the same measure and start date.
 * A million rows must not cost a million strings, so each key is kept as numbers in typed arrays
 * (open addressing): two independent 32-bit hashes of the client number (a 64-bit fingerprint:
 * a false match needs a collision of both, about 1 in 10^7 for a million rows), the GI, type and
 * start day exactly, and the row where the key was first seen.
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

export class DuplicateIndex {
  private capacity = 1 << 12;
  private size = 0;
  private keyA = new Int32Array(this.capacity);
  private keyB = new Int32Array(this.capacity);
  private start = new Int32Array(this.capacity);
  private giType = new Int32Array(this.capacity);
  /** First row of the key; 0 = free slot (rows start at 1). */
  private row = new Uint32Array(this.capacity);

  /** Remember a key; returns 0 when new, else the row that had it first. */
  add(a: number, b: number, startDay: number, giType: number, rowNumber: number): number {
    if ((this.size + 1) * 2 > this.capacity) this.grow();
    const mask = this.capacity - 1;
    let slot = mix(a, b, startDay, giType) & mask;
    for (;;) {
      const r = this.row[slot] ?? 0;
      if (r === 0) {
        this.keyA[slot] = a;
        this.keyB[slot] = b;
        this.start[slot] = startDay;
        this.giType[slot] = giType;
        this.row[slot] = rowNumber;
        this.size++;
        return 0;
      }
      if (this.keyA[slot] === a && this.keyB[slot] === b && this.start[slot] === startDay && this.giType[slot] === giType) return r;
      slot = (slot + 1) & mask;
    }
  }

  get count(): number {
    return this.size;
  }

  /** Bytes held by the index, for the bench's memory figures. */
  get bytes(): number {
    return this.capacity * 20;
  }

  private grow(): void {
    const old = { a: this.keyA, b: this.keyB, s: this.start, g: this.giType, r: this.row };
    this.capacity *= 2;
    this.keyA = new Int32Array(this.capacity);
    this.keyB = new Int32Array(this.capacity);
    this.start = new Int32Array(this.capacity);
    this.giType = new Int32Array(this.capacity);
    this.row = new Uint32Array(this.capacity);
    this.size = 0;
    for (let i = 0; i < old.r.length; i++) {
      const r = old.r[i] ?? 0;
      if (r !== 0) this.add(old.a[i] ?? 0, old.b[i] ?? 0, old.s[i] ?? 0, old.g[i] ?? 0, r);
    }
  }
}

function mix(a: number, b: number, s: number, g: number): number {
  let h = Math.imul(a ^ (b >>> 7), 0x9e3779b1);
  h = Math.imul(h ^ s, 0x85ebca6b) ^ Math.imul(g + 1, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
