/**
 * The shared body of the unknown-argument rules: keys of a section the class it builds does not
 * accept. A key that came from the bases, where the section built another class, is "inherited
 * across a type change" (mmpretrain #1587): deleting it in the leaf does not remove it, so the fix
 * rewrites the section with `_delete_=True`; a key the leaf wrote itself is simply deleted.
 */
import { newDict } from '../../python/value.ts';
import { pyEqual } from '../../python/value.ts';
import type { PyDict, PyValue } from '../../python/value.ts';
import { normalizePath } from '../../config/load/fileSystem.ts';
import { locatePath } from '../locate.ts';
import { className, dictAt } from '../pyAccess.ts';
import { acceptedArguments, rejectedKeys } from '../signatures/lookup.ts';
import type { Component } from '../signatures/lookup.ts';
import { showPath, text } from '../text.ts';
import type { DiagnoseInput, Finding, Fix } from '../types.ts';

function baseTypeOf(component: Component, section: PyDict | undefined): string | undefined {
  if (!section) return undefined;
  return component === 'lr-policy' || component === 'momentum-policy' ? (typeof section.policy === 'string' ? section.policy : undefined) : className(section.type);
}

/** True when the value of `key` at `path` comes from the bases rather than the leaf. */
function isInherited(input: DiagnoseInput, path: string[], key: string, base: PyDict, value: PyValue): boolean {
  if (!(key in base)) return false;
  if (input.own) return !(key in (dictAt(input.own, path) ?? {}));
  const located = input.sources && input.fileName !== undefined ? locatePath(input.sources, [...path, key]) : undefined;
  if (located && input.fileName !== undefined) return normalizePath(located.file) !== normalizePath(input.fileName);
  return pyEqual(base[key] ?? null, value);
}

/** Findings for every rejected key of the dict at `path`, built as `component`. */
export function unknownArgumentFindings(input: DiagnoseInput, component: Component, path: string[]): Finding[] {
  const section = dictAt(input.config, path);
  if (!section) return [];
  const accepted = acceptedArguments(component, path, section);
  if (!accepted) return [];
  const bad = rejectedKeys(accepted, section);
  if (bad.length === 0) return [];
  const base = input.bases ? dictAt(input.bases, path) : undefined;
  const ownType = baseTypeOf(component, section);
  const typeChanged = base !== undefined && baseTypeOf(component, base) !== ownType;
  const kept: PyDict = newDict();
  for (const [k, v] of Object.entries(section)) if (!bad.includes(k) && k !== '_delete_') kept[k] = v;
  return bad.map((key) => {
    const inherited = typeChanged && base !== undefined && isInherited(input, path, key, base, section[key] ?? null);
    const where = showPath([...path, key]);
    const fix: Fix = inherited
      ? {
          title: text(`Write ${showPath(path)} with _delete_=True (drops every key the bases set)`, `以 _delete_=True 重写 ${showPath(path)}（丢弃基础配置中的所有键）`),
          edits: [{ op: 'replace', path, value: kept }],
        }
      : { title: text(`Remove ${where}`, `删除 ${where}`), edits: [{ op: 'delete', path: [...path, key] }] };
    const origin = inherited
      ? text(` It is inherited from the base config, where ${showPath(path)} was ${String(baseTypeOf(component, base))}.`, `该值继承自基础配置（其中 ${showPath(path)} 为 ${String(baseTypeOf(component, base))}）。`)
      : text('', '');
    return {
      severity: 'error',
      path: [...path, key],
      message: text(
        `TypeError: ${accepted.className}.__init__() got an unexpected keyword argument '${key}'.${origin.en}`,
        `TypeError：${accepted.className}.__init__() 不接受参数 '${key}'，训练开始时即报错。${origin.zh}`,
      ),
      reference: accepted.reference,
      fix,
    } satisfies Finding;
  });
}
