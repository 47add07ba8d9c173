/**
 * How `load_from` and resuming combine. MMDetection 2.x (mmdet/apis/train.py, train_detector)
 * resumes from `resume_from` when set and only otherwise loads `load_from` weights. MMEngine's
 * Runner.load_or_resume (mmengine/runner/runner.py:1679-1700): `resume=True` without load_from
 * resumes from the latest checkpoint in work_dir; with load_from it resumes from that file; without
 * resume, load_from loads weights only (optimizer, scheduler and epoch start fresh).
 */
import { truthyOr } from '../pyAccess.ts';
import { text } from '../text.ts';
import type { Finding, Rule } from '../types.ts';

const set = (v: unknown): boolean => v !== undefined && v !== null && v !== '';

const resumeLoad = {
  id: 'checkpoint/resume-and-load',
  summary: 'what load_from and resume / resume_from together do',
  reference: { source: 'mmengine v0.10.7 mmengine/runner/runner.py:1679 (load_or_resume)', url: 'https://github.com/open-mmlab/mmengine/blob/v0.10.7/mmengine/runner/runner.py#L1679' },
};

export const resumeAndLoadMmcv1: Rule = {
  ...resumeLoad,
  check(input): Finding[] {
    const c = input.config;
    if (!set(c.resume_from) || !set(c.load_from)) return [];
    return [
      {
        severity: 'info',
        path: ['load_from'],
        message: text('resume_from is set, so training resumes from it and load_from is not used.', '设置了 resume_from，训练将从它恢复，load_from 不会被使用。'),
      },
    ];
  },
};

export const resumeAndLoadMmengine: Rule = {
  ...resumeLoad,
  check(input): Finding[] {
    const c = input.config;
    if (!truthyOr(c.resume, false)) return [];
    return [
      set(c.load_from)
        ? {
            severity: 'info',
            path: ['resume'],
            message: text('resume=True with load_from: training resumes from load_from (weights, optimizer, scheduler and epoch).', 'resume=True 且设置了 load_from：从 load_from 恢复训练（权重、优化器、调度器和 epoch）。'),
          }
        : {
            severity: 'info',
            path: ['resume'],
            message: text('resume=True without load_from: training resumes from the latest checkpoint found in work_dir, if any.', 'resume=True 但未设置 load_from：从 work_dir 中最新的检查点恢复（若存在）。'),
          },
    ];
  },
};
