import { loader } from '@monaco-editor/react';
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/languages/definitions/python/register';
// Vite's `?worker` suffix makes a default-exported Worker constructor; the linter cannot see it.
// oxlint-disable-next-line import/default
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';

// Monaco must come from this build, never from a CDN; only the editor API and Python are
// imported so the lazy chunk stays small.
self.MonacoEnvironment = { getWorker: () => new EditorWorker() };
loader.config({ monaco });

export { monaco };
