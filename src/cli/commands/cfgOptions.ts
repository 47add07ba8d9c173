/**
 * `mmcfg cfg-options FILE.py`: prints one line `--cfg-options k=v ...` that, given to
 * `tools/train.py` with the file's bases, gives the file's own settings. What the command line
 * cannot express is listed on stderr (`path: reason`) and makes the exit code 1.
 */
import { formatCfgOptionsLine, renderCfgOptions, type ImpossibleReason } from '../../core/index.ts';
import { reportDiagnostics } from '../diagnosticText.ts';
import { importDocumentFromDisk } from '../loadFromDisk.ts';
import { writeOut } from '../output.ts';
import { UsageError } from '../usage.ts';

const reasons: Record<ImpossibleReason, string> = {
  'removed-top-level-key': 'the file removes a top-level key of its bases; no option deletes a key',
  'dict-in-sequence': 'a list or tuple holding dicts; DictAction never builds a dict',
  'list-element-delete': 'a list element would need _delete_, which merge_from_dict pops only under a dict key',
  'empty-new-dict': 'a new empty dict; a dotted key creates a dict only by putting a key in it',
  'not-representable': 'DictAction would read the text back as another value',
  'key-not-representable': "a key with '.' or '=' (or starting with '-') cannot be written as a dotted key",
  'class-reference': 'an imported class; the command line only gives strings',
};

export async function run(args: string[]): Promise<number> {
  const [file, ...rest] = args;
  if (file === undefined || rest.length > 0 || file.startsWith('-')) throw new UsageError('usage: mmcfg cfg-options FILE.py', file === undefined ? 'no FILE given' : undefined);
  const load = importDocumentFromDisk(file);
  const errors = load.diagnostics.filter((d) => d.severity === 'error');
  if (!load.ok || errors.length > 0) {
    reportDiagnostics(errors, file);
    return 1;
  }
  const doc = load.value;
  const rendered = renderCfgOptions(doc.config, doc.inherited);
  await writeOut(`${rendered.args.length > 0 ? formatCfgOptionsLine(rendered.args) : ''}\n`);
  for (const i of rendered.impossible) process.stderr.write(`${file}: cannot pass ${i.path}: ${reasons[i.reason]}\n`);
  return rendered.impossible.length > 0 ? 1 : 0;
}
