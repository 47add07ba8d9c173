/** Runs the rules of a config's dialect and locates each finding in the files that set it. */
import { liftThroughLists } from './applyFix.ts';
import { locatePath } from './locate.ts';
import { rulesFor } from './registry.ts';
import type { Diagnostic, DiagnoseInput, Rule, Severity } from './types.ts';

const severityOrder: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Every diagnostic the rules find, errors first, then by path. */
export function diagnose(input: DiagnoseInput, rules: readonly Rule[] = rulesFor(input.dialect)): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const rule of rules) {
    for (const f of rule.check(input)) {
      const source = input.sources ? locatePath(input.sources, f.path) : undefined;
      out.push({
        rule: rule.id,
        severity: f.severity,
        path: f.path,
        ...(source ? { source } : {}),
        message: f.message,
        reference: f.reference ?? rule.reference,
        ...(f.at ? { at: f.at } : {}),
        ...(f.fix ? { fix: { ...f.fix, edits: f.fix.edits.map((e) => liftThroughLists(input.config, e)) } } : {}),
      });
    }
  }
  return out.sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity] || a.path.join('.').localeCompare(b.path.join('.')));
}
