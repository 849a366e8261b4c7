/** Reading a byte string most significant bit first (bzip2's order), failing at its end rather than inventing zeros. */
export class MsbBits {
  private value = 0;
  private count = 0;

  constructor(
    private readonly data: Uint8Array,
    public at = 0,
  ) {}

  /** The next `n` bits (at most 24) as a number. */
  read(n: number): number {
    while (this.count < n) {
      if (this.at >= this.data.length) throw new Error('unexpected end of data');
      this.value = ((this.value << 8) | this.data[this.at++]) >>> 0;
      this.count += 8;
    }
    this.count -= n;
    const result = (this.value >>> this.count) & ((1 << n) - 1);
    this.value &= (1 << this.count) - 1;
    return result;
  }

  read32(): number {
    return ((this.read(16) << 16) | this.read(16)) >>> 0;
  }

  /** Drops the bits left in the current byte. */
  align(): void {
    this.count = 0;
    this.value = 0;
  }

  get done(): boolean {
    return this.at >= this.data.length;
  }
}
