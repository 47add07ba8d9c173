/**
 * Splits a pasted command line into the words a POSIX shell would pass to Python: single
 * quotes keep everything, double quotes keep all but `\"`, `\\`, `\$` and `` \` ``, a backslash
 * outside quotes keeps the next character, and backslash-newline continues the line. Nothing is
 * expanded (`$VAR` stays as written). An unclosed quote is reported, the words so far kept.
 */
export function splitShellWords(line: string): { words: string[]; error?: string } {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let i = 0;
  while (i < line.length) {
    const c = line[i] ?? '';
    if (c === '\\' && line[i + 1] === '\n') {
      i += 2;
      continue;
    }
    if (/\s/.test(c)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
      i++;
      continue;
    }
    inWord = true;
    if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) return { words: [...words, word + line.slice(i + 1)], error: 'unclosed single quote' };
      word += line.slice(i + 1, end);
      i = end + 1;
    } else if (c === '"') {
      i++;
      while (i < line.length && line[i] !== '"') {
        if (line[i] === '\\' && i + 1 < line.length && '"\\$`\n'.includes(line[i + 1] ?? '')) {
          if (line[i + 1] !== '\n') word += line[i + 1];
          i += 2;
        } else word += line[i++];
      }
      if (i >= line.length) return { words: [...words, word], error: 'unclosed double quote' };
      i++;
    } else if (c === '\\') {
      word += line[i + 1] ?? '';
      i += 2;
    } else {
      word += c;
      i++;
    }
  }
  if (inWord) words.push(word);
  return { words };
}
