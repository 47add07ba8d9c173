/**
 * Ranges of the MMEngine lr schedulers: where none is active the lr stays put (info: often a
 * deliberate flat phase, as in RTMDet), and two main (non-warmup) schedulers active at once
 * multiply their factors (chained schedulers, mmengine/optim/scheduler/param_scheduler.py), which
 * is rarely meant (xtuner #386). Ranges in different units are compared in iterations when
 * iterations per epoch are known.
 */
import { resolvedSchedulers, warmupClasses } from '../schedulerFacts.ts';
import type { ResolvedScheduler } from '../schedulerFacts.ts';
import { showPath, text } from '../text.ts';
import type { Finding, Rule } from '../types.ts';

interface Span {
  s: ResolvedScheduler;
  begin: number;
  end: number;
}

export const schedulerGapsOverlaps: Rule = {
  id: 'schedule/scheduler-gap-overlap',
  summary: 'gaps and overlaps between MMEngine lr scheduler ranges',
  reference: { source: 'xtuner issue #386', url: 'https://github.com/InternLM/xtuner/issues/386' },
  check(input): Finding[] {
    const all = resolvedSchedulers(input).filter((s) => s.lr);
    const units = new Set(all.map((s) => s.unit));
    const ipe = input.itersPerEpoch;
    if (units.size > 1 && (ipe === undefined || ipe <= 0)) return [];
    const toIters = units.size > 1;
    const spans: Span[] = [];
    for (const s of all) {
      if (s.end === undefined) return [];
      const k = toIters && s.unit === 'epoch' ? (ipe ?? 1) : 1;
      spans.push({ s, begin: s.begin * k, end: s.end * k });
    }
    spans.sort((a, b) => a.begin - b.begin);
    const unit = toIters ? 'iteration' : units.has('iter') ? 'iteration' : 'epoch';
    const out: Finding[] = [];
    let covered = 0;
    for (const sp of spans) {
      if (sp.begin > covered) {
        out.push({
          severity: 'info',
          path: [...sp.s.path, 'begin'],
          message: text(
            `No lr scheduler is active from ${unit} ${covered} to ${sp.begin}: the learning rate stays constant there.`,
            `从 ${unit} ${covered} 到 ${sp.begin} 没有学习率调度器生效：学习率在此期间保持不变。`,
          ),
        });
      }
      covered = Math.max(covered, sp.end);
    }
    const main = spans.filter((sp) => !warmupClasses.has(sp.s.name));
    for (let i = 0; i < main.length; i++) {
      for (let j = i + 1; j < main.length; j++) {
        const a = main[i];
        const b = main[j];
        if (!a || !b || b.begin >= a.end) continue;
        out.push({
          severity: 'warning',
          path: [...b.s.path, 'begin'],
          message: text(
            `${showPath(b.s.path)} (${b.s.name}) overlaps ${showPath(a.s.path)} (${a.s.name}) from ${unit} ${b.begin} to ${Math.min(a.end, b.end)}: both act at once and their factors multiply.`,
            `${showPath(b.s.path)}（${b.s.name}）与 ${showPath(a.s.path)}（${a.s.name}）在 ${unit} ${b.begin} 到 ${Math.min(a.end, b.end)} 重叠：两者同时生效，系数相乘。`,
          ),
        });
      }
    }
    return out;
  },
};
