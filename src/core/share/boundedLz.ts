const uriSafeAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const uriSafeValue = new Map<string, number>([...uriSafeAlphabet].map((c, i) => [c, i]));

/**
 * lz-string 1.5's `decompressFromEncodedURIComponent`, stopping once the output passes
 * `maxChars`. LZ dictionaries can grow an entry per code, so a crafted link of a few kB can
 * expand to gigabytes; the library has no limit, hence this port of its `_decompress`
 * (same bit order, same dictionary rules). Malformed input gives 'malformed' where the library
 * returns null, '' or garbage, or throws; output past `maxChars` gives 'too-large'. Never throws.
 */
export function decompressUriSafeBounded(input: string, maxChars: number): { text: string } | { refused: 'malformed' | 'too-large' } {
  const malformed = { refused: 'malformed' } as const;
  const text = input.replace(/ /g, '+');
  if (text === '') return malformed;
  const codes: number[] = [];
  for (const ch of text) {
    const value = uriSafeValue.get(ch);
    // The library maps unknown characters to undefined, read as 0 bits; treat as malformed.
    if (value === undefined) return malformed;
    codes.push(value);
  }
  const reader = { val: codes[0] ?? 0, position: 32, index: 1 };
  const readBits = (n: number): number => {
    let bits = 0;
    for (let power = 1; power !== 1 << n; power <<= 1) {
      const resb = reader.val & reader.position;
      reader.position >>= 1;
      if (reader.position === 0) {
        reader.position = 32;
        reader.val = codes[reader.index++] ?? 0;
      }
      if (resb > 0) bits |= power;
    }
    return bits;
  };

  const dictionary: string[] = ['', '', ''];
  let enlargeIn = 4;
  let numBits = 3;
  const first = readBits(2);
  if (first === 2) return { text: '' };
  if (first !== 0 && first !== 1) return malformed;
  let w = String.fromCharCode(readBits(first === 0 ? 8 : 16));
  dictionary[3] = w;
  const parts: string[] = [w];
  let total = w.length;
  while (true) {
    if (reader.index > text.length) return malformed;
    let c = readBits(numBits);
    if (c === 0 || c === 1) {
      dictionary.push(String.fromCharCode(readBits(c === 0 ? 8 : 16)));
      c = dictionary.length - 1;
      enlargeIn--;
    } else if (c === 2) {
      return { text: parts.join('') };
    }
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
    let entry: string;
    const known = c > 2 ? dictionary[c] : undefined;
    if (known !== undefined) entry = known;
    else if (c === dictionary.length) entry = w + w.charAt(0);
    else return malformed;
    total += entry.length;
    if (total > maxChars) return { refused: 'too-large' };
    parts.push(entry);
    dictionary.push(w + entry.charAt(0));
    enlargeIn--;
    w = entry;
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  }
}
