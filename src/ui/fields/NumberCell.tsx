import { useState } from 'react';
import { reprSource, isPyNumber, parsePyLiteral, type PyValue } from '../../core/index.ts';

/**
 * A small number input inside a row editor; accepts Python arithmetic and commits only numbers
 * (ints when `integer`). Empty text commits undefined (the key is dropped: MMCV's default 1).
 */
export function NumberCell({ label, testId, value, integer, onCommit }: { label: string; testId: string; value: PyValue | undefined; integer?: boolean; onCommit: (v: PyValue | undefined) => void }) {
  const [draft, setDraft] = useState<string | null>(null);
  const [bad, setBad] = useState(false);
  const shown = draft ?? (value === undefined ? '' : reprSource(value));
  return (
    <input
      aria-label={label}
      aria-invalid={bad}
      data-testid={testId}
      className={bad ? 'invalid' : undefined}
      value={shown}
      spellCheck={false}
      onBlur={() => {
        if (!bad) setDraft(null);
      }}
      onChange={(e) => {
        const text = e.target.value;
        setDraft(text);
        if (text.trim() === '') {
          setBad(false);
          onCommit(undefined);
          return;
        }
        const parsed = parsePyLiteral(text);
        const ok = parsed.ok && isPyNumber(parsed.value) && (!integer || typeof parsed.value === 'number');
        setBad(!ok);
        if (ok && parsed.ok) onCommit(parsed.value);
      }}
    />
  );
}
