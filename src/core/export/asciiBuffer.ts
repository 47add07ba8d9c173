/**
 * Collects ASCII text as bytes and hands it out as one flat string. Building a multi-megabyte
 * CSV with `+=` makes millions of rope nodes that the garbage collector then walks; copying
 * into a growable byte array and decoding once per chunk is two to three times faster.
 */
export class AsciiBuffer {
  private bytes: Uint8Array;
  private length = 0;
  private readonly decoder = new TextDecoder('latin1');

  constructor(initialBytes = 1 << 20) {
    this.bytes = new Uint8Array(initialBytes);
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.bytes.length) return;
    let size = this.bytes.length * 2;
    while (size < this.length + extra) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }

  /** Appends one character code (below 128). */
  pushCode(code: number): void {
    this.reserve(1);
    this.bytes[this.length++] = code;
  }

  /** Appends an ASCII string (number text: digits, `.`, `e`, `+`, `-`, `NaN`, `Infinity`). */
  pushText(text: string): void {
    this.reserve(text.length);
    const bytes = this.bytes;
    let at = this.length;
    for (let j = 0; j < text.length; j++) bytes[at++] = text.charCodeAt(j);
    this.length = at;
  }

  /** Everything appended since the last call, as a string; the buffer is then empty. */
  takeText(): string {
    const text = this.decoder.decode(this.bytes.subarray(0, this.length));
    this.length = 0;
    return text;
  }
}
