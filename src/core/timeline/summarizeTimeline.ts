import type { Timeline } from './types.ts';

const formatters = { en: new Intl.NumberFormat('en-US'), zh: new Intl.NumberFormat('zh-CN') };

/**
 * One sentence describing a timeline, e.g. "12 epochs, 87,960 iterations; 12 checkpoints
 * written, 3 kept (epoch_10–12); evaluation after every epoch".
 */
export function summarizeTimeline(t: Timeline, lang: 'en' | 'zh'): string {
  const f = (x: number) => formatters[lang].format(x);
  const zh = lang === 'zh';
  const parts: string[] = [];
  parts.push(
    t.maxEpochs !== null
      ? zh ? `${f(t.maxEpochs)} 轮，${f(t.maxIters)} 次迭代` : `${f(t.maxEpochs)} epochs, ${f(t.maxIters)} iterations`
      : zh ? `${f(t.maxIters)} 次迭代` : `${f(t.maxIters)} iterations`,
  );
  const c = t.checkpoint;
  if (!c || c.writtenCount === 0) parts.push(zh ? '不保存检查点' : 'no checkpoints');
  else {
    const kept = c.written.filter((x) => x.kept).map((x) => x.at);
    const unit = c.unit === 'epoch' ? 'epoch_' : 'iter_';
    const range = c.listedAll && kept.length > 0 ? ` (${describeNumbers(kept, unit)})` : '';
    parts.push(
      c.keptCount === c.writtenCount
        ? zh ? `保存 ${f(c.writtenCount)} 个检查点，全部保留${range}` : `${f(c.writtenCount)} checkpoints written, all kept${range}`
        : zh ? `保存 ${f(c.writtenCount)} 个检查点，保留 ${f(c.keptCount)} 个${range}` : `${f(c.writtenCount)} checkpoints written, ${f(c.keptCount)} kept${range}`,
    );
  }
  parts.push(describeEvaluation(t, lang));
  return parts.join(zh ? '；' : '; ');
}

function describeEvaluation(t: Timeline, lang: 'en' | 'zh'): string {
  const e = t.evaluation;
  const zh = lang === 'zh';
  if (!e || e.count === 0) return zh ? '不评估' : 'no evaluation';
  const unitEn = e.unit === 'epoch' ? 'epoch' : 'iteration';
  const unitZh = e.unit === 'epoch' ? '轮' : '次迭代';
  const simple = e.dynamic.length === 0 && (e.start === null || e.start === e.interval);
  if (simple && e.interval === 1) return zh ? `每${unitZh}后评估` : `evaluation after every ${unitEn}`;
  if (simple) return zh ? `每 ${e.interval} ${unitZh}评估一次（共 ${e.count} 次）` : `evaluation every ${e.interval} ${unitEn}s (${e.count} times)`;
  const ats = e.points.map((p) => p.at);
  const shown = e.listedAll && ats.length <= 8 ? ats.join(', ') : `${ats.slice(0, 3).join(', ')} … ${ats[ats.length - 1] ?? ''}`;
  return zh ? `评估 ${e.count} 次（第 ${shown} ${unitZh}后）` : `${e.count} evaluations (after ${unitEn} ${shown})`;
}

// "epoch_10–12" for a run of consecutive numbers, else a short list.
function describeNumbers(ns: number[], prefix: string): string {
  const first = ns[0] as number;
  const last = ns[ns.length - 1] as number;
  if (ns.length === 1) return `${prefix}${first}`;
  if (last - first === ns.length - 1) return `${prefix}${first}–${last}`;
  return ns.length <= 5 ? ns.map((x) => `${prefix}${x}`).join(', ') : `${prefix}${first}, …, ${prefix}${last}`;
}
