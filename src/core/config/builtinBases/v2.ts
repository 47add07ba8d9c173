/**
 * Verbatim copies of MMDetection 2.25.0's `configs/_base_/default_runtime.py` and
 * `configs/_base_/schedules/schedule_{1x,2x,20e}.py` (open-mmlab/mmdetection at ca11860f,
 * Apache-2.0, Copyright (c) OpenMMLab). Used when a config names one of these bases and the file
 * is not among the files given.
 */
export const defaultRuntimeV2 = `checkpoint_config = dict(interval=1)
# yapf:disable
log_config = dict(
    interval=50,
    hooks=[
        dict(type='TextLoggerHook'),
        # dict(type='TensorboardLoggerHook')
    ])
# yapf:enable
custom_hooks = [dict(type='NumClassCheckHook')]

dist_params = dict(backend='nccl')
log_level = 'INFO'
load_from = None
resume_from = None
workflow = [('train', 1)]

# disable opencv multithreading to avoid system being overloaded
opencv_num_threads = 0
# set multi-process start method as \`fork\` to speed up the training
mp_start_method = 'fork'

# Default setting for scaling LR automatically
#   - \`enable\` means enable scaling LR automatically
#       or not by default.
#   - \`base_batch_size\` = (8 GPUs) x (2 samples per GPU).
auto_scale_lr = dict(enable=False, base_batch_size=16)
`;
export const schedule1xV2 = `# optimizer
optimizer = dict(type='SGD', lr=0.02, momentum=0.9, weight_decay=0.0001)
optimizer_config = dict(grad_clip=None)
# learning policy
lr_config = dict(
    policy='step',
    warmup='linear',
    warmup_iters=500,
    warmup_ratio=0.001,
    step=[8, 11])
runner = dict(type='EpochBasedRunner', max_epochs=12)
`;
export const schedule2xV2 = `# optimizer
optimizer = dict(type='SGD', lr=0.02, momentum=0.9, weight_decay=0.0001)
optimizer_config = dict(grad_clip=None)
# learning policy
lr_config = dict(
    policy='step',
    warmup='linear',
    warmup_iters=500,
    warmup_ratio=0.001,
    step=[16, 22])
runner = dict(type='EpochBasedRunner', max_epochs=24)
`;
export const schedule20eV2 = `# optimizer
optimizer = dict(type='SGD', lr=0.02, momentum=0.9, weight_decay=0.0001)
optimizer_config = dict(grad_clip=None)
# learning policy
lr_config = dict(
    policy='step',
    warmup='linear',
    warmup_iters=500,
    warmup_ratio=0.001,
    step=[16, 19])
runner = dict(type='EpochBasedRunner', max_epochs=20)
`;

/** The texts by their path under `configs/`. */
export const basesByPathV2: Readonly<Record<string, string>> = {
  '_base_/default_runtime.py': defaultRuntimeV2,
  '_base_/schedules/schedule_1x.py': schedule1xV2,
  '_base_/schedules/schedule_2x.py': schedule2xV2,
  '_base_/schedules/schedule_20e.py': schedule20eV2,
};
