/** Saves text as a file through a temporary object URL (no server round trip). */
export function downloadText(filename: string, text: string, mime = 'text/x-python'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A file name Python can import and mmdet tools accept: letters, digits, `_`, `-`, `.`. */
export function toPyFilename(name: string): string {
  const base = name.trim().replace(/\.py$/i, '').replace(/[^\w.-]+/g, '_') || 'config';
  return `${base}.py`;
}
