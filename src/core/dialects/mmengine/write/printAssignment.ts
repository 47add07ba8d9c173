import { printValue, type RefName } from '../../../python/printValue.ts';
import type { PyValue } from '../../../python/value.ts';

/** The column limit written configs keep to (yapf's pep8 style, as mmdet's files use). */
export const lineWidth = 79;

/**
 * `name = <value>`, the value printed by printValue and broken to fit `lineWidth`. The same
 * as writeConfig.ts's private helper, shared here so the 3.x writer does not copy it inline.
 */
export function printAssignment(name: string, value: PyValue, refName?: RefName): string {
  const prefix = `${name} = `;
  return prefix + printValue(value, 0, lineWidth, prefix.length, refName);
}

/** A comment wrapped to `lineWidth`, every line starting with `# `. */
export function printComment(text: string): string {
  const lines: string[] = [];
  let line = '#';
  for (const word of text.split(' ')) {
    if (line.length + 1 + word.length > lineWidth && line !== '#') {
      lines.push(line);
      line = '#';
    }
    line += ` ${word}`;
  }
  lines.push(line);
  return lines.join('\n');
}
