/**
 * Standard output for the commands: writes wait for the pipe to drain, so a 50-million-row CSV
 * streams with bounded memory instead of piling up in Node's buffer.
 */
export function writeOut(text: string): Promise<void> {
  if (text === '' || process.stdout.write(text)) return Promise.resolve();
  return new Promise((resolve) => process.stdout.once('drain', () => resolve()));
}
