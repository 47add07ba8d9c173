import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Diagnostic, InputFile } from '../../core/index.ts';
import { useActions } from '../storeContext.tsx';
import { readDroppedItems, readInputFiles } from './readFiles.ts';

function formatProblem(d: Diagnostic): string {
  return `${d.file ?? ''}${d.file ? ':' : ''}${d.line}:${d.column}: ${d.severity}: ${d.message}`;
}

/**
 * Import by file picker (one or several files, or a folder) or by dropping anywhere on the page.
 * A file with errors is reported with line and column and leaves the current config untouched.
 */
export function ImportControls() {
  const { t } = useTranslation();
  const actions = useActions();
  const [problems, setProblems] = useState<Diagnostic[]>([]);
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);

  const importFiles = (files: InputFile[]) => {
    if (files.length === 0) {
      setProblems([{ line: 1, column: 1, severity: 'error', message: t('noPyFiles') }]);
      return;
    }
    void actions.filesImported(files).then((found) => setProblems(found.filter((d) => d.severity === 'error')));
  };

  useEffect(() => {
    // Drag and drop is a document-level imperative API.
    const over = (e: DragEvent) => {
      if (!e.dataTransfer?.types.includes('Files')) return;
      e.preventDefault();
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (e.relatedTarget === null) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!e.dataTransfer?.types.includes('Files')) return;
      e.preventDefault();
      setDragging(false);
      void readDroppedItems(e.dataTransfer.items).then(importFiles);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  });

  useEffect(() => {
    folderInput.current?.setAttribute('webkitdirectory', '');
  }, []);

  return (
    <span className="import-controls">
      <button type="button" data-testid="import-files" onClick={() => fileInput.current?.click()}>
        {t('importFiles')}
      </button>
      <button type="button" data-testid="import-folder" onClick={() => folderInput.current?.click()}>
        {t('importFolder')}
      </button>
      <input ref={fileInput} type="file" accept=".py,text/x-python" multiple hidden data-testid="import-input" onChange={(e) => void readInputFiles(e.target.files ?? []).then(importFiles).finally(() => (e.target.value = ''))} />
      <input ref={folderInput} type="file" multiple hidden data-testid="import-folder-input" onChange={(e) => void readInputFiles(e.target.files ?? []).then(importFiles).finally(() => (e.target.value = ''))} />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          {t('dropHere')}
        </div>
      )}
      {problems.length > 0 && (
        <div className="import-problems" role="alert" data-testid="import-problems">
          <strong>{t('importProblems')}</strong>
          <ul>
            {problems.slice(0, 8).map((d, i) => (
              <li key={i}>
                <code>{formatProblem(d)}</code>
              </li>
            ))}
          </ul>
          {problems.some((d) => d.message.startsWith('FileNotFoundError')) && <p data-testid="import-missing-bases">{t('importMissingBases')}</p>}
          <button type="button" className="small" onClick={() => setProblems([])}>
            {t('dismiss')}
          </button>
        </div>
      )}
    </span>
  );
}
