import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { useStudioStoreApi } from '../storeContext.tsx';

function isTextTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  // Text fields and the code editor keep their own native undo while they have focus.
  return target.isContentEditable || target.tagName === 'TEXTAREA' || (target.tagName === 'INPUT' && (target as HTMLInputElement).type === 'text') || target.closest('.monaco-editor') !== null;
}

/** Undo / redo of every config change, also with Ctrl+Z and Ctrl+Shift+Z (or Ctrl+Y). */
export function UndoButtons() {
  const { t } = useTranslation();
  const store = useStudioStoreApi();
  const canUndo = useStore(store.temporal, (s) => s.pastStates.length > 0);
  const canRedo = useStore(store.temporal, (s) => s.futureStates.length > 0);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || isTextTarget(e.target)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) store.temporal.getState().undo();
      else if ((key === 'z' && e.shiftKey) || key === 'y') store.temporal.getState().redo();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);

  return (
    <span className="undo-buttons">
      <button type="button" data-testid="undo" disabled={!canUndo} onClick={() => store.temporal.getState().undo()} title="Ctrl+Z">
        ↶ {t('undo')}
      </button>
      <button type="button" data-testid="redo" disabled={!canRedo} onClick={() => store.temporal.getState().redo()} title="Ctrl+Shift+Z">
        ↷ {t('redo')}
      </button>
    </span>
  );
}
