import { useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GalleryPreset } from '../../core/index.ts';
import { GalleryCard } from './GalleryCard.tsx';
import { loadGalleryModule, type GalleryModule } from './loadGallery.ts';
import { useSparklines } from './useSparklines.ts';
import './gallery.css';

export interface GalleryDialogProps {
  open: boolean;
  /** Called when the dialog closes by Esc, the close button, a click outside, or after Use. */
  onClose: () => void;
  onUse: (preset: GalleryPreset) => void;
}

function GalleryContent({ onUse, titleId }: { onUse: (preset: GalleryPreset) => void; titleId: string }) {
  const { t } = useTranslation();
  const [gallery, setGallery] = useState<GalleryModule | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);

  useEffect(() => {
    let live = true;
    loadGalleryModule().then(
      (m) => live && setGallery(m),
      (e: unknown) => live && setLoadError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, []);

  const all = useMemo(() => gallery?.galleryPresets() ?? [], [gallery]);
  const results = useMemo(() => (gallery ? gallery.searchGallery(deferredQuery, all) : []), [gallery, deferredQuery, all]);
  const sparks = useSparklines(gallery, results);

  return (
    <>
      <h2 id={titleId}>{t('galleryTitle')}</h2>
      <label className="gallery-search">
        {t('gallerySearch')}
        {/* type=text: Chromium spends Esc in a type=search box on clearing it, so Esc would not close the dialog. */}
        <input type="text" role="searchbox" data-testid="gallery-search" value={query} placeholder={t('gallerySearchPlaceholder')} onChange={(e) => setQuery(e.target.value)} spellCheck={false} autoComplete="off" />
      </label>
      {loadError !== null && <p role="alert">{t('galleryLoadFailed', { message: loadError })}</p>}
      {gallery === null && loadError === null && <p aria-busy="true">{t('galleryLoading')}</p>}
      {gallery !== null && (
        <>
          <p className="gallery-count" aria-live="polite" data-testid="gallery-count">
            {results.length === 0 ? t('galleryNoMatch', { query: deferredQuery }) : t('galleryCount', { count: results.length, total: all.length })}
          </p>
          <ul className="gallery-list" data-testid="gallery-list">
            {results.map((p) => (
              <GalleryCard key={p.id} gallery={gallery} preset={p} spark={sparks.get(p.id)} onUse={onUse} />
            ))}
          </ul>
          <p className="gallery-license">{t('galleryLicense')}</p>
        </>
      )}
    </>
  );
}

/**
 * The presets gallery as a native modal `<dialog>`: the browser traps focus and closes it on
 * Esc. Its data module loads when it first opens; nothing renders inside while it is closed.
 */
export function GalleryDialog({ open, onClose, onUse }: GalleryDialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  // Bridges the `open` prop to the imperative showModal()/close() of the element.
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // showModal() focuses the first control (the close button); searching is what people came for.
      dialog.querySelector<HTMLInputElement>('[data-testid="gallery-search"]')?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="gallery-dialog"
      data-testid="gallery-dialog"
      aria-labelledby={titleId}
      onClose={onClose}
      onClick={(e) => {
        // A click on the backdrop lands on the dialog element itself.
        if (e.target === e.currentTarget) e.currentTarget.close();
      }}
    >
      {open && (
        <div className="gallery-body">
          <button type="button" className="gallery-close" data-testid="gallery-close" aria-label={t('galleryClose')} onClick={() => ref.current?.close()}>
            ×
          </button>
          <GalleryContent
            titleId={titleId}
            onUse={(preset) => {
              onUse(preset);
              ref.current?.close();
            }}
          />
        </div>
      )}
    </dialog>
  );
}

/** The button that opens the presets gallery; focus comes back to it when the dialog closes. */
export function GalleryButton({ onUse }: { onUse: (preset: GalleryPreset) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button type="button" ref={button} data-testid="gallery-open" aria-haspopup="dialog" aria-expanded={open} onClick={() => setOpen(true)}>
        {t('galleryOpen')}
      </button>
      <GalleryDialog
        open={open}
        onUse={onUse}
        onClose={() => {
          setOpen(false);
          button.current?.focus();
        }}
      />
    </>
  );
}
