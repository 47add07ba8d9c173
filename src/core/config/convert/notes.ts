import type { ConversionNote } from './types.ts';

/** Collects notes while a conversion runs; the two languages are written side by side. */
export class NoteList {
  readonly items: ConversionNote[] = [];

  info(path: string[], en: string, zh: string): void {
    this.items.push({ path, severity: 'info', message: { en, zh } });
  }

  warn(path: string[], en: string, zh: string): void {
    this.items.push({ path, severity: 'warning', message: { en, zh } });
  }
}
