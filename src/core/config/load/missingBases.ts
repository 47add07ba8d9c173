/**
 * `_base_` files that could be found neither among the given files nor among the built-in mmdet
 * bases. mmcv's and mmengine's `Config.fromfile` raise FileNotFoundError there; the loader only
 * warns (so the CLI can say why a path on disk gave nothing), and an import turns each into an
 * error at the `_base_` entry that names the file to add.
 */
import type { Diagnostic } from '../../python/diagnostics.ts';
import type { LoadResult } from './loadConfig.ts';

export function missingBaseErrors(loaded: LoadResult): Diagnostic[] {
  return loaded.bases
    .filter((b) => b.source === 'missing')
    .map((base) => {
      const at = loaded.diagnostics.find((d) => d.file === base.from && d.message.includes(`(looked for ${base.path})`));
      const message = `FileNotFoundError: base config '${base.written}' was not given (looked for ${base.path}): add it to the import`;
      return { ...(at ?? { line: 1, column: 1 }), file: base.from, severity: 'error', message } satisfies Diagnostic;
    });
}
