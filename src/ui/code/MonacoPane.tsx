import Editor, { type OnMount } from '@monaco-editor/react';
import { useEffect, useRef } from 'react';
import type { Diagnostic } from '../../core/index.ts';
import { onRevealField } from '../problems/revealField.ts';
import { useHighlightedFields } from '../explain/curveLink.ts';
import { monaco } from './monacoSetup.ts';
import type { LocatedProblem } from './locatedProblems.ts';
import { findChangedLines, findLineEdit } from './changedLines.ts';

type CodeEditor = Parameters<OnMount>[0];

/**
 * Tab inserts indentation in a code editor, so a keyboard user needs another way out: Escape
 * arms the next Tab (or Shift+Tab) to move focus to the element after (or before) the editor.
 * Monaco's own Ctrl+M tab-focus mode stays available too.
 */
function leaveOnEscapeTab(editor: CodeEditor): void {
  let armed = false;
  // Shift+Tab starts with a Shift keydown of its own: a modifier alone must not disarm.
  const modifiers = new Set([monaco.KeyCode.Shift, monaco.KeyCode.Ctrl, monaco.KeyCode.Alt, monaco.KeyCode.Meta]);
  editor.onKeyDown((e) => {
    if (modifiers.has(e.keyCode)) return;
    if (e.keyCode === monaco.KeyCode.Escape) {
      armed = true;
      return;
    }
    if (e.keyCode === monaco.KeyCode.Tab && armed) {
      e.preventDefault();
      e.stopPropagation();
      const host = editor.getContainerDomNode();
      focusBeside(host, e.shiftKey ? -1 : 1);
    }
    armed = false;
  });
}

const focusableSelector = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

function focusBeside(host: HTMLElement, direction: 1 | -1): void {
  const all = Array.from(document.querySelectorAll<HTMLElement>(focusableSelector)).filter((el) => !host.contains(el) && el.offsetParent !== null);
  const after = (el: HTMLElement) => (host.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  // Past the last element focus wraps to the first, as the browser's own Tab order does.
  const target = direction === 1 ? (all.find(after) ?? all[0]) : ([...all].reverse().find((el) => !after(el)) ?? all.at(-1));
  if (target) target.focus();
  else (document.activeElement as HTMLElement | null)?.blur();
}

export interface MonacoPaneProps {
  text: string;
  dark: boolean;
  diagnostics: readonly Diagnostic[];
  /** The diagnostics engine's messages located in `text` (markers with the rule id as code, quick fixes). */
  problems: readonly LocatedProblem[];
  /** Where `text` writes a field (for "reveal field" from the Problems list). */
  locate: (path: readonly string[]) => LocatedProblem['range'] | undefined;
  onApplyFix: (problem: LocatedProblem) => void;
  onEdit: (text: string) => void;
  /** Typing not yet reported when the page is hidden or unloads: it must be saved now. */
  onFlush?: (text: string) => void;
}

const debounceMs = 150;
const rulesOwner = 'mmcfg-rules';
const applyFixCommand = 'mmcfg.applyFix';

/** The open pane's problems and fix handler, read by the (global) quick-fix provider and command. */
const current: { problems: readonly LocatedProblem[]; apply: (p: LocatedProblem) => void } = { problems: [], apply: () => undefined };

function markerSeverity(severity: LocatedProblem['severity']) {
  return severity === 'error' ? monaco.MarkerSeverity.Error : severity === 'warning' ? monaco.MarkerSeverity.Warning : monaco.MarkerSeverity.Info;
}

/** Quick fixes: one code action per marker of a rule that has a fix; applying it is a store action (undoable). */
function registerQuickFixes(): monaco.IDisposable {
  const command = monaco.editor.registerCommand(applyFixCommand, (_accessor, index: number) => {
    const problem = current.problems[index];
    if (problem) current.apply(problem);
  });
  const provider = monaco.languages.registerCodeActionProvider('python', {
    provideCodeActions: (_model, _range, context) => {
      const actions: monaco.languages.CodeAction[] = [];
      for (const marker of context.markers) {
        if (marker.source !== 'mmcfg') continue;
        const index = current.problems.findIndex((p) => p.fix && p.rule === marker.code && p.range.line === marker.startLineNumber && p.text === marker.message);
        const problem = current.problems[index];
        if (!problem?.fix) continue;
        actions.push({ title: problem.fixTitle, kind: 'quickfix', diagnostics: [marker], isPreferred: true, command: { id: applyFixCommand, title: problem.fixTitle, arguments: [index] } });
      }
      return { actions, dispose: () => undefined };
    },
  });
  return { dispose: () => (command.dispose(), provider.dispose()) };
}
const maxRemembered = 32;

function remember(sent: string[], value: string): void {
  sent.push(value);
  if (sent.length > maxRemembered) sent.shift();
}

/**
 * The Python config, editable. Typing is reported debounced; text coming back from the store is
 * applied only when it is not what the editor itself just produced, so keystrokes typed while
 * the store catches up are never overwritten. Lines changed from outside flash briefly.
 */
export default function MonacoPane({ text, dark, diagnostics, problems, locate, onApplyFix, onEdit, onFlush }: MonacoPaneProps) {
  const editorRef = useRef<CodeEditor | null>(null);
  const shownText = useRef(text);
  // Texts recently reported to the store: when the store hands one back after the user typed on
  // (its load finished late, or React rendered it after the next report), it is an echo of the
  // past, not a change from outside, and must not replace the newer text.
  const sentTexts = useRef<string[]>([]);

  const onEditRef = useRef(onEdit);
  const onFlushRef = useRef(onFlush);
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => {
    onEditRef.current = onEdit;
    onFlushRef.current = onFlush;
  }, [onEdit, onFlush]);

  useEffect(() => {
    // A reload or a closed tab within the debounce would lose the last keystrokes.
    const flush = () => {
      if (timer.current === undefined) return;
      window.clearTimeout(timer.current);
      timer.current = undefined;
      const value = editorRef.current?.getValue();
      if (value === undefined) return;
      remember(sentTexts.current, value);
      (onFlushRef.current ?? onEditRef.current)(value);
    };
    const onHidden = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, []);

  useEffect(() => {
    const editor = editorRef.current;
    const model = editor?.getModel();
    if (!editor || !model || model.getValue() === text) {
      shownText.current = text;
      return;
    }
    if (sentTexts.current.includes(text)) return;
    sentTexts.current = [];
    const prev = model.getValue();
    let decorations: { clear: () => void } | null = null;
    let clear: number | undefined;
    let task: number | undefined;
    const apply = () => {
      // Typed into the pane meanwhile: the typing wins, as it does when the store catches up late.
      if (model.getValue() !== prev) return;
      const changed = findChangedLines(prev, text);
      // Only the changed lines are replaced: a whole-text replacement made Monaco re-tokenize and
      // lay out every line on each form edit.
      const edit = findLineEdit(prev, text);
      const range = edit ? monaco.Range.fromPositions(model.getPositionAt(edit.start), model.getPositionAt(edit.end)) : model.getFullModelRange();
      // Mark the text as ours before Monaco fires its change event, so the store's own update is
      // not mistaken for typing. pushEditOperations keeps it on Monaco's own undo stack.
      shownText.current = text;
      model.pushEditOperations([], [{ range, text: edit ? edit.text : text }], () => null);
      if (!changed) return;
      decorations = editor.createDecorationsCollection([
        { range: new monaco.Range(changed.start, 1, changed.end, 1), options: { isWholeLine: true, className: 'changed-line', linesDecorationsClassName: 'changed-line-gutter' } },
      ]);
      editor.revealLinesInCenterIfOutsideViewport(changed.start, changed.end);
      clear = window.setTimeout(() => decorations?.clear(), 1500);
    };
    // After the frame that paints the forms and charts of this edit: Monaco's edit and layout of
    // the new lines then never delay the chart's repaint (a newer text cancels this one).
    const frame = requestAnimationFrame(() => {
      task = window.setTimeout(apply, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(task);
      window.clearTimeout(clear);
      decorations?.clear();
    };
  }, [text]);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model) return;
    monaco.editor.setModelMarkers(
      model,
      'mmcfg',
      diagnostics.map((d) => ({
        startLineNumber: d.line,
        startColumn: d.column,
        endLineNumber: d.endLine ?? d.line,
        endColumn: d.endColumn ?? d.column + 1,
        message: d.message,
        severity: d.severity === 'error' ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
      })),
    );
  }, [diagnostics]);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    current.problems = problems;
    current.apply = onApplyFix;
    if (!model) return;
    monaco.editor.setModelMarkers(
      model,
      rulesOwner,
      problems.map((p) => ({
        startLineNumber: p.range.line,
        startColumn: p.range.column,
        endLineNumber: p.range.endLine ?? p.range.line,
        endColumn: p.range.endColumn ?? p.range.column + 1,
        message: p.text,
        code: p.rule,
        source: 'mmcfg',
        severity: markerSeverity(p.severity),
      })),
    );
  }, [problems, onApplyFix]);

  useEffect(() => registerQuickFixes().dispose, []);

  const locateRef = useRef(locate);
  useEffect(() => {
    locateRef.current = locate;
  }, [locate]);
  useEffect(
    () =>
      onRevealField((path) => {
        const editor = editorRef.current;
        const range = locateRef.current(path);
        if (!editor || !range) return;
        editor.revealLineInCenter(range.line);
        editor.setSelection(new monaco.Range(range.line, range.column, range.endLine ?? range.line, range.endColumn ?? range.column));
      }),
    [],
  );

  // The lines that write the fields of the explained stretch of the curve (see the charts' explanation line).
  const explained = useHighlightedFields();
  useEffect(() => {
    const editor = editorRef.current;
    if (!editor || explained.length === 0) return;
    const found = explained.flatMap((p) => {
      const r = locate(p);
      return r ? [{ line: r.line, end: r.endLine ?? r.line }] : [];
    });
    // A field the text does not write is located at its whole section (`lr_config = dict(...)`):
    // marked (first line only) only when no cited field is written itself.
    const precise = found.filter((r) => r.end - r.line < 3);
    const ranges = (precise.length > 0 ? precise : found.map((r) => ({ line: r.line, end: r.line }))).map((r) => new monaco.Range(r.line, 1, r.end, 1));
    if (ranges.length === 0) return;
    const decorations = editor.createDecorationsCollection(ranges.map((range) => ({ range, options: { isWholeLine: true, className: 'explain-line', linesDecorationsClassName: 'explain-line-gutter' } })));
    // The first cited field is the one the sentence is about (`step[0]` before `gamma`).
    const first = ranges[0] as monaco.Range;
    editor.revealLinesInCenterIfOutsideViewport(first.startLineNumber, first.endLineNumber);
    return () => decorations.clear();
  }, [explained, locate]);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  return (
    <Editor
      defaultValue={text}
      language="python"
      theme={dark ? 'vs-dark' : 'vs'}
      loading={null}
      onMount={(editor) => {
        editorRef.current = editor;
        leaveOnEscapeTab(editor);
        editor.onDidChangeModelContent(() => {
          const value = editor.getValue();
          if (value === shownText.current) return;
          window.clearTimeout(timer.current);
          timer.current = window.setTimeout(() => {
            timer.current = undefined;
            remember(sentTexts.current, value);
            onEditRef.current(value);
          }, debounceMs);
        });
      }}
      options={{
        minimap: { enabled: false },
        fontSize: 13,
        scrollBeyondLastLine: false,
        rulers: [79],
        automaticLayout: true,
        // Hovers and the quick-fix menu may extend past the pane's edges instead of being cut off.
        fixedOverflowWidgets: true,
        wordWrap: 'off',
        ariaLabel: 'Python config',
      }}
    />
  );
}
