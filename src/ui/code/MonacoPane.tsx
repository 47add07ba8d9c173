import Editor, { type OnMount } from '@monaco-editor/react';
import { useEffect, useRef } from 'react';
import { monaco } from './monacoSetup.ts';
import { findChangedLines } from './changedLines.ts';

type CodeEditor = Parameters<OnMount>[0];

/** The generated Python, read-only for now; lines changed by the last edit flash briefly. */
export default function MonacoPane({ text, dark }: { text: string; dark: boolean }) {
  const editorRef = useRef<CodeEditor | null>(null);
  const prevText = useRef(text);

  useEffect(() => {
    const editor = editorRef.current;
    const changed = findChangedLines(prevText.current, text);
    prevText.current = text;
    if (!editor || !changed) return;
    const decorations = editor.createDecorationsCollection([
      {
        range: new monaco.Range(changed.start, 1, changed.end, 1),
        options: { isWholeLine: true, className: 'changed-line', linesDecorationsClassName: 'changed-line-gutter' },
      },
    ]);
    editor.revealLinesInCenterIfOutsideViewport(changed.start, changed.end);
    const timer = window.setTimeout(() => decorations.clear(), 1500);
    return () => {
      window.clearTimeout(timer);
      decorations.clear();
    };
  }, [text]);

  return (
    <Editor
      value={text}
      language="python"
      theme={dark ? 'vs-dark' : 'vs'}
      loading={null}
      onMount={(editor) => {
        editorRef.current = editor;
      }}
      options={{
        readOnly: true,
        minimap: { enabled: false },
        fontSize: 13,
        scrollBeyondLastLine: false,
        rulers: [79],
        automaticLayout: true,
        wordWrap: 'off',
      }}
    />
  );
}
