import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useActions, useStudio } from '../storeContext.tsx';

/** The named configs: open one, make a new one, duplicate, delete (all undoable). */
export function LibraryPanel() {
  const { t } = useTranslation();
  const actions = useActions();
  const activeId = useStudio((s) => s.library.activeId);
  const activeName = useStudio((s) => s.name);
  const entries = useStudio(useShallow((s) => s.library.configs.map((c) => `${c.id}\u0000${c.name}`)));
  const rows = entries.map((e) => {
    const [id = '', name = ''] = e.split('\u0000');
    return { id, name: id === activeId ? activeName : name };
  });
  if (!rows.some((r) => r.id === activeId)) rows.push({ id: activeId, name: activeName });
  return (
    <details className="library section-panel" open data-testid="library">
      <summary>
        <span className="section-title">{t('myConfigs')}</span> <small>({rows.length})</small>
      </summary>
      <ul className="library-list">
        {rows.map((r) => (
          <li key={r.id} className={r.id === activeId ? 'active' : undefined}>
            <button type="button" className="link" aria-current={r.id === activeId ? 'true' : undefined} data-testid={`library.open.${r.id}`} onClick={() => actions.configSwitched(r.id)}>
              {r.name || '—'}
            </button>
            <button type="button" className="small ghost" data-testid={`library.duplicate.${r.id}`} aria-label={`${t('duplicate')} ${r.name}`} onClick={() => actions.configDuplicated(r.id)}>
              {t('duplicate')}
            </button>
            <button type="button" className="small ghost" data-testid={`library.delete.${r.id}`} aria-label={`${t('remove')} ${r.name}`} onClick={() => actions.configDeleted(r.id)}>
              {t('remove')}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="small" data-testid="library.new" onClick={() => actions.configCreated()}>
        + {t('newConfig')}
      </button>
      <small className="field-help"> {t('renameHint')}</small>
    </details>
  );
}
