import { useTranslation } from 'react-i18next';
import { isPyDict, readCustomKeyRows, readWorkflowRows, workflowPhases, writeCustomKeyRows, writeWorkflowRows, type CustomKeyRow, type FieldSpec, type PyValue, type WorkflowRow } from '../../core/index.ts';
import { NumberCell } from './NumberCell.tsx';

interface RowEditorProps {
  testId: string;
  spec: FieldSpec;
  value: PyValue | undefined;
  onCommit: (value: PyValue | undefined) => void;
}

/** `grad_clip=None` or a dict: switching on writes the kind's starting dict. */
export function OptionalDictToggle({ testId, spec, value, onCommit }: RowEditorProps) {
  const { t } = useTranslation();
  const on = isPyDict(value);
  const enabled = spec.type.kind === 'optional-dict' ? spec.type.enabledValue : {};
  return (
    <label className="toggle">
      <input type="checkbox" data-testid={testId} checked={on} onChange={(e) => onCommit(e.target.checked ? { ...enabled } : null)} />
      {on ? t('set') : 'None'}
    </label>
  );
}

/** `paramwise_cfg.custom_keys` as rows of key, lr_mult, decay_mult. */
export function CustomKeysEditor({ testId, value, onCommit }: RowEditorProps) {
  const { t } = useTranslation();
  const rows = readCustomKeyRows(value);
  const write = (next: CustomKeyRow[]) => onCommit(next.length ? writeCustomKeyRows(next) : undefined);
  const update = (i: number, patch: Partial<CustomKeyRow>) => write(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <div className="rows" data-testid={testId}>
      {rows.length > 0 && (
        <div className="row row-head" aria-hidden="true">
          <span>key</span>
          <span>lr_mult</span>
          <span>decay_mult</span>
          <span />
        </div>
      )}
      {rows.map((r, i) => (
        <div className="row" key={i}>
          <input aria-label={`custom_keys ${i + 1} key`} data-testid={`${testId}.${i}.key`} value={r.key} spellCheck={false} onChange={(e) => update(i, { key: e.target.value })} />
          <NumberCell label={`${r.key} lr_mult`} testId={`${testId}.${i}.lr_mult`} value={r.lr_mult} onCommit={(v) => update(i, { lr_mult: v })} />
          <NumberCell label={`${r.key} decay_mult`} testId={`${testId}.${i}.decay_mult`} value={r.decay_mult} onCommit={(v) => update(i, { decay_mult: v })} />
          <button type="button" className="small" aria-label={`${t('remove')} ${r.key}`} onClick={() => write(rows.filter((_, j) => j !== i))}>
            ×
          </button>
        </div>
      ))}
      <button type="button" className="small" data-testid={`${testId}.add`} onClick={() => write([...rows, { key: rows.some((r) => r.key === 'backbone') ? `key${rows.length + 1}` : 'backbone', lr_mult: 0.1 }])}>
        + {t('add')}
      </button>
    </div>
  );
}

/** `workflow` as rows of (phase, count). */
export function WorkflowEditor({ testId, value, onCommit }: RowEditorProps) {
  const { t } = useTranslation();
  const rows = readWorkflowRows(value);
  const write = (next: WorkflowRow[]) => onCommit(writeWorkflowRows(next));
  return (
    <div className="rows" data-testid={testId}>
      {rows.map((r, i) => (
        <div className="row" key={i}>
          <select aria-label={`workflow ${i + 1} phase`} data-testid={`${testId}.${i}.phase`} value={r.phase} onChange={(e) => write(rows.map((x, j) => (j === i ? { ...x, phase: e.target.value } : x)))}>
            {[...new Set([...workflowPhases, r.phase])].map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
          <NumberCell label={`workflow ${i + 1} count`} testId={`${testId}.${i}.count`} value={r.count} integer onCommit={(v) => typeof v === 'number' && v >= 1 && write(rows.map((x, j) => (j === i ? { ...x, count: v } : x)))} />
          <button type="button" className="small" aria-label={`${t('remove')} ${r.phase}`} disabled={rows.length <= 1} onClick={() => write(rows.filter((_, j) => j !== i))}>
            ×
          </button>
        </div>
      ))}
      <button type="button" className="small" data-testid={`${testId}.add`} onClick={() => write([...rows, { phase: rows.some((r) => r.phase === 'val') ? 'train' : 'val', count: 1 }])}>
        + {t('add')}
      </button>
    </div>
  );
}
