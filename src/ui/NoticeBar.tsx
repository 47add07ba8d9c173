import { useTranslation } from 'react-i18next';
import { pickText } from './i18n.ts';
import { useActions, useStudio } from './storeContext.tsx';
import { downloadText } from './toolbar/download.ts';

/** One message not tied to a field: a bad share link, saved state that had to be set aside. */
export function NoticeBar() {
  const { t } = useTranslation();
  const notice = useStudio((s) => s.notice);
  const language = useStudio((s) => s.language);
  const actions = useActions();
  if (!notice) return null;
  return (
    <div className={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="notice">
      <span>{pickText(notice.text, language)}</span>
      {notice.download && (
        <button type="button" className="small" onClick={() => notice.download && downloadText(notice.download.filename, typeof notice.download.text === 'function' ? notice.download.text() : notice.download.text, notice.download.filename.endsWith('.py') ? 'text/x-python' : 'application/json')}
          data-testid="notice.download">
          {notice.download.label ? pickText(notice.download.label, language) : t('downloadSetAside')}
        </button>
      )}
      <button type="button" className="small" onClick={() => actions.noticeDismissed()}>
        {t('dismiss')}
      </button>
    </div>
  );
}
