/** The gallery core module, fetched on first use so its JSON stays out of the first screen. */
export type GalleryModule = typeof import('../../core/entries/gallery.ts');

let pending: Promise<GalleryModule> | undefined;

/** Loads (once) the gallery data and search. A failed load is retried on the next call. */
export function loadGalleryModule(): Promise<GalleryModule> {
  pending ??= import('../../core/entries/gallery.ts').catch((e: unknown) => {
    pending = undefined;
    throw e;
  });
  return pending;
}
