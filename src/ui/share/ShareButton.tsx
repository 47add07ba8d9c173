import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadDialect, pickDocument, type StudioDocument } from '../../core/index.ts';
import { loadSourceTools } from '../code/useSourceTools.ts';
import { downloadText } from '../toolbar/download.ts';
import { useStudioStoreApi } from '../storeContext.tsx';

type Shared = { kind: 'link'; url: string; entryOnly: boolean } | { kind: 'too-long'; kb: number; file: { name: string; text: string } | null };

/**
 * The document with its own file as the code pane shows it: the form edits patched into the
 * user's text (inherit, whatever the export mode, since the recipient reads that file back).
 * Without this the link would carry the file as first imported and lose the edits.
 */
async function withEditsInEntry(doc: StudioDocument): Promise<StudioDocument> {
  const source = doc.source;
  if (!source) return doc;
  const [tools, dialect] = await Promise.all([loadSourceTools(), loadDialect(doc.dialect)]);
  const text = tools.exportWithSource({ config: doc.config, write: dialect.write, source, exportMode: 'inherit', scheduleBase: doc.scheduleBase });
  return { ...doc, source: { entry: source.entry, files: { ...source.files, [source.entry]: text } } };
}

/**
 * Copies a link that carries the whole config in its hash (nothing is uploaded anywhere): the
 * user's own file when there is one, so the recipient gets it with its comments. A file too
 * large for a link is offered for download instead.
 */
export function ShareButton() {
  const { t } = useTranslation();
  const store = useStudioStoreApi();
  const [shared, setShared] = useState<Shared | null>(null);
  const [copied, setCopied] = useState(false);
  const share = async () => {
    const { makeShareLink } = await import('../../core/entries/shareLink.ts');
    const doc = await withEditsInEntry(pickDocument(store.getState()));
    const made = makeShareLink(doc);
    if (!made.ok) {
      // Without a file of the user's, the export button next to this one is the download.
      const entry = doc.source?.entry;
      const text = entry !== undefined ? doc.source?.files[entry] : undefined;
      setShared({ kind: 'too-long', kb: Math.ceil(made.tooLong / 1000), file: entry !== undefined && text !== undefined ? { name: entry.split('/').pop() ?? entry, text } : null });
      setCopied(false);
      return;
    }
    const url = `${location.origin}${location.pathname}${made.hash}`;
    setShared({ kind: 'link', url, entryOnly: made.carries === 'entry-file' });
    navigator.clipboard.writeText(url).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  return (
    <span className="share">
      <button type="button" data-testid="share-link" onClick={() => void share()}>
        {copied ? t('linkCopied') : t('shareLink')}
      </button>
      {shared?.kind === 'link' && <input className="share-url" readOnly aria-label={t('shareLink')} data-testid="share-url" value={shared.url} onFocus={(e) => e.target.select()} />}
      {shared?.kind === 'link' && shared.entryOnly && <small data-testid="share-entry-only">{t('shareEntryOnly', { max: 32 })}</small>}
      {shared?.kind === 'too-long' && (
        <span role="alert" data-testid="share-too-long">
          {t('shareTooLong', { kb: shared.kb, max: 32 })}{' '}
          {shared.file && (
            <button type="button" className="small" data-testid="share-download" onClick={() => shared.file && downloadText(shared.file.name, shared.file.text, 'text/x-python')}>
              {t('downloadFile')}
            </button>
          )}
        </span>
      )}
    </span>
  );
}
