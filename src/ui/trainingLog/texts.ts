import type { DivergenceCause } from '../../core/index.ts';
import type { Language } from '../../store/uiSlice.ts';

/** The training-log and --cfg-options texts, in both languages (kept beside their components). */
export const texts = {
  en: {
    trainingLog: 'Training log',
    trainingLogHelp: 'Drop or choose a *.log.json or *.log (MMDetection 2.x) or vis_data/scalars.json or *.log (3.x) to compare the logged lr with the plan.',
    chooseLog: 'Choose a log…',
    dropLog: 'or drop it here',
    allMatched: (n: number, pct: string) => `All ${n} logged lr values follow the plan (largest difference ${pct}).`,
    someMatched: (m: number, n: number) => `${m} of ${n} logged lr values follow the plan.`,
    firstDivergence: (iter: number, logged: string, planned: string) => `First divergence at iteration ${iter}: logged ${logged}, planned ${planned}.`,
    itersFromLog: (n: number, source: string) => `Iterations per epoch used: ${n} (${source}).`,
    sources: { option: 'set by you', log: 'read from the log', config: 'estimated from the config', 'log-range': 'smallest the log allows', 'log-fit': 'the value the log allows that fits the plan best' } as Record<string, string>,
    useIters: (n: number) => `Use ${n} iterations per epoch`,
    cause: (c: DivergenceCause, iter: number): string => {
      switch (c.kind) {
        case 'scaled':
          return c.factor > 1
            ? `Logged lr at iteration ${iter} is ${c.factor}× the plan: ${c.factor}× the GPUs (or batch size) with auto_scale_lr?`
            : `Logged lr at iteration ${iter} is 1/${1 / c.factor} of the plan: fewer GPUs (or a smaller batch) with auto_scale_lr?`;
        case 'restarted':
          return `The iteration count falls back from ${c.from} to ${c.to}: a resumed run, or two runs in one log.`;
        case 'scheduleRestarted':
          return `Logged lr at iteration ${iter} is the planned lr of iteration ${c.like}: the schedule started again (load_from instead of resume?).`;
        case 'warmupShort':
          return `Above the plan during warmup: warmup ended early (planned to end at iteration ${c.warmupEnd}).`;
        case 'warmupLong':
          return `Below the plan after warmup: warmup lasted longer than ${c.warmupEnd} iterations.`;
        case 'stepMoved':
          return `The lr step planned at iteration ${c.milestone} came ${c.direction}: other iterations per epoch, or other steps?`;
        case 'beyondPlan':
          return `The log goes past the planned ${c.totalIters} iterations: more epochs, or fewer iterations per epoch planned?`;
        case 'unknown':
          return `Logged lr at iteration ${iter} differs from the plan.`;
      }
    },
    momentum: (m: number, n: number) => `Momentum: ${m} of ${n} logged values follow the plan.`,
    chartNote: 'The logged values are drawn as circles over the planned curves in the charts above.',
    copyCfgOptions: 'Copy --cfg-options',
    copyHelp: 'The difference between this config and its bases, for tools/train.py.',
    copied: 'Copied.',
    nothingToCopy: 'This config adds nothing to its bases.',
    cannotPass: 'Cannot be passed on the command line:',
    pasteCommand: 'Paste a train.py command',
    pasteHelp: 'python tools/train.py CONFIG --cfg-options k=v ... — the options are applied to the open config.',
    apply: 'Apply',
    applied: (n: number) => `Applied ${n} option(s).`,
  },
  zh: {
    trainingLog: '训练日志',
    trainingLogHelp: '拖入或选择 *.log.json、*.log（MMDetection 2.x）或 vis_data/scalars.json、*.log（3.x），将日志中的学习率与计划对比。',
    chooseLog: '选择日志…',
    dropLog: '或拖到这里',
    allMatched: (n: number, pct: string) => `日志中全部 ${n} 个学习率与计划一致（最大差异 ${pct}）。`,
    someMatched: (m: number, n: number) => `日志中 ${n} 个学习率有 ${m} 个与计划一致。`,
    firstDivergence: (iter: number, logged: string, planned: string) => `首次偏离在第 ${iter} 次迭代：日志 ${logged}，计划 ${planned}。`,
    itersFromLog: (n: number, source: string) => `所用每轮迭代数：${n}（${source}）。`,
    sources: { option: '由你设定', log: '从日志读取', config: '由配置估算', 'log-range': '日志允许的最小值', 'log-fit': '日志允许范围内与计划最吻合的值' } as Record<string, string>,
    useIters: (n: number) => `使用每轮 ${n} 次迭代`,
    cause: (c: DivergenceCause, iter: number): string => {
      switch (c.kind) {
        case 'scaled':
          return c.factor > 1
            ? `第 ${iter} 次迭代的日志学习率是计划的 ${c.factor} 倍：使用了 ${c.factor} 倍 GPU（或批大小）并开启 auto_scale_lr？`
            : `第 ${iter} 次迭代的日志学习率是计划的 1/${1 / c.factor}：GPU（或批大小）更少并开启 auto_scale_lr？`;
        case 'restarted':
          return `迭代计数从 ${c.from} 回退到 ${c.to}：恢复训练，或一个日志中有两次运行。`;
        case 'scheduleRestarted':
          return `第 ${iter} 次迭代的日志学习率等于计划中第 ${c.like} 次迭代的值：调度重新开始（用了 load_from 而不是 resume？）。`;
        case 'warmupShort':
          return `预热期间高于计划：预热提前结束（计划在第 ${c.warmupEnd} 次迭代结束）。`;
        case 'warmupLong':
          return `预热后低于计划：预热超过了 ${c.warmupEnd} 次迭代。`;
        case 'stepMoved':
          return `计划在第 ${c.milestone} 次迭代的学习率下降${c.direction === 'later' ? '推迟' : '提前'}了：每轮迭代数或 step 不同？`;
        case 'beyondPlan':
          return `日志超出了计划的 ${c.totalIters} 次迭代：轮数更多，或计划的每轮迭代数更少？`;
        case 'unknown':
          return `第 ${iter} 次迭代的日志学习率与计划不同。`;
      }
    },
    momentum: (m: number, n: number) => `动量：日志中 ${n} 个值有 ${m} 个与计划一致。`,
    chartNote: '日志中的值以圆点叠加绘制在上方图表的计划曲线上。',
    copyCfgOptions: '复制 --cfg-options',
    copyHelp: '此配置与其基础配置的差异，用于 tools/train.py。',
    copied: '已复制。',
    nothingToCopy: '此配置没有在基础配置之上添加任何内容。',
    cannotPass: '无法通过命令行传递：',
    pasteCommand: '粘贴 train.py 命令',
    pasteHelp: 'python tools/train.py CONFIG --cfg-options k=v ... —— 选项将应用到当前配置。',
    apply: '应用',
    applied: (n: number) => `已应用 ${n} 个选项。`,
  },
} satisfies Record<Language, unknown>;

export function textsFor(language: Language) {
  return language === 'zh' ? texts.zh : texts.en;
}
