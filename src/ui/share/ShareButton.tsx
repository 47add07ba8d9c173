import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStudioStoreApi } from '../storeContext.tsx';

/** Copies a link that carries the whole config in its hash (nothing is uploaded anywhere). */
export function ShareButton() {
  const { t } = useTranslation();
  const store = useStudioStoreApi();
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const share = async () => {
    const { encodeShareLink } = await import('../../core/entries/shareLink.ts');
    const s = store.getState();
    const url = `${location.origin}${location.pathname}${encodeShareLink({ name: s.name, config: s.config, scheduleBase: s.scheduleBase, exportMode: s.exportMode, dialect: s.dialect })}`;
    setLink(url);
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
      {link !== null && <input className="share-url" readOnly aria-label={t('shareLink')} data-testid="share-url" value={link} onFocus={(e) => e.target.select()} />}
    </span>
  );
}
