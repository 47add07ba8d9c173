/** Saves a Blob (PNG, large CSV) as a file through a temporary object URL; nothing leaves the page. */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers; the next task is late enough.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A file name stem safe on every OS: letters, digits, `_`, `-`, `.`. */
export function toFileStem(name: string): string {
  return name.trim().replace(/[^\w.-]+/g, '_') || 'chart';
}
