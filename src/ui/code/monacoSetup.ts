import { loader } from '@monaco-editor/react';
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/languages/definitions/python/register';
// The bare editor API ships no features: each one a user expects registers itself on import.
// Hover shows marker messages, gotoError gives F8/Shift+F8, codeAction shows quick fixes,
// toggleTabFocusMode lets Tab leave the editor (Ctrl+M), the rest is ordinary editing.
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/codeAction/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/wordHighlighter/register';
import 'monaco-editor/features/toggleTabFocusMode/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/multicursor/register';
import 'monaco-editor/features/gotoLine/register';
import 'monaco-editor/features/indentation/register';
// Vite's `?worker` suffix makes a default-exported Worker constructor; the linter cannot see it.
// oxlint-disable-next-line import/default
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';

// Monaco must come from this build, never from a CDN; only the editor API and Python are
// imported so the lazy chunk stays small.
self.MonacoEnvironment = { getWorker: () => new EditorWorker() };
loader.config({ monaco });

export { monaco };
