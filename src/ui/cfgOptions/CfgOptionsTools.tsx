import { useState } from 'react';
import { formatCfgOptionsLine, mergeFromDict, MergeOptionsError, openConfigBases, parseTrainCommand, pyEqual, renderCfgOptions, type Impossible } from '../../core/index.ts';
import { useActions, useStudio, useStudioStoreApi } from '../storeContext.tsx';
import { textsFor } from '../trainingLog/texts.ts';

const reasonTexts: Record<Impossible['reason'], { en: string; zh: string }> = {
  'removed-top-level-key': { en: 'a top-level key of the bases was removed; no option deletes a key', zh: '删除了基础配置的顶层键；命令行无法删除键' },
  'dict-in-sequence': { en: 'a list or tuple holding dicts; DictAction never builds a dict', zh: '包含字典的列表或元组；DictAction 不会构造字典' },
  'list-element-delete': { en: 'a list element would need _delete_', zh: '列表元素需要 _delete_' },
  'empty-new-dict': { en: 'a new empty dict', zh: '新的空字典' },
  'not-representable': { en: 'DictAction would read the text back as another value', zh: 'DictAction 会把文本读成另一个值' },
  'key-not-representable': { en: "a key with '.' or '='", zh: "键中含有 '.' 或 '='" },
  'class-reference': { en: 'an imported class', zh: '导入的类' },
};

/**
 * `--cfg-options` both ways: copy the open config's difference from its bases as a train.py
 * argument line, or apply a pasted train.py command's options to the open config.
 */
export function CfgOptionsTools() {
  const language = useStudio((s) => s.language);
  const store = useStudioStoreApi();
  const actions = useActions();
  const tx = textsFor(language);
  const [rendered, setRendered] = useState<{ line: string; impossible: Impossible[] } | null>(null);
  const [command, setCommand] = useState('');
  const [outcome, setOutcome] = useState<string | null>(null);

  const copy = () => {
    const s = store.getState();
    const bases = openConfigBases({ source: s.source, dialect: s.dialect, scheduleBase: s.scheduleBase });
    const r = renderCfgOptions(s.config, bases);
    const line = r.args.length > 0 ? formatCfgOptionsLine(r.args) : '';
    setRendered({ line, impossible: r.impossible });
    if (line) void navigator.clipboard?.writeText(line).catch(() => undefined);
  };

  const apply = () => {
    const s = store.getState();
    const parsed = parseTrainCommand(command, s.dialect);
    if (parsed.problems.length > 0 && parsed.options.length === 0) {
      setOutcome(parsed.problems.join('; '));
      return;
    }
    try {
      const merged = mergeFromDict(s.config, parsed.options);
      // Each changed top-level key goes through the ordinary field action (undo, export, charts).
      for (const key of Object.keys(merged)) {
        const next = merged[key] ?? null;
        if (!Object.hasOwn(s.config, key) || !pyEqual(s.config[key] ?? null, next)) actions.fieldChanged([key], next);
      }
      setOutcome([tx.applied(parsed.options.length), ...parsed.problems].join(' '));
    } catch (e) {
      if (!(e instanceof MergeOptionsError)) throw e;
      setOutcome(e.message);
    }
  };

  return (
    <section className="section-panel cfg-options" data-testid="cfg-options">
      <p className="chart-controls">
        <button type="button" data-testid="copy-cfg-options" onClick={copy} title={tx.copyHelp}>
          {tx.copyCfgOptions}
        </button>
        <span className="field-help">{tx.copyHelp}</span>
      </p>
      {rendered && (
        <div>
          <output data-testid="cfg-options-line" className="cfg-options-line">
            {rendered.line || tx.nothingToCopy}
          </output>
          {rendered.impossible.length > 0 && (
            <ul className="field-message" data-testid="cfg-options-impossible">
              {tx.cannotPass}
              {rendered.impossible.map((i) => (
                <li key={i.path}>
                  <code>{i.path}</code>: {reasonTexts[i.reason][language === 'zh' ? 'zh' : 'en']}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <label className="field field-wide">
        {tx.pasteCommand}
        <textarea data-testid="paste-train-command" rows={2} value={command} placeholder={tx.pasteHelp} onChange={(e) => setCommand(e.target.value)} />
      </label>
      <button type="button" data-testid="apply-train-command" onClick={apply} disabled={command.trim() === ''}>
        {tx.apply}
      </button>
      {outcome && <p data-testid="apply-train-command-result">{outcome}</p>}
    </section>
  );
}
