"""Writes the synthetic training logs of this folder (run: python3 make_logs.py).

The learning rates come from the closed forms of the schedules, written here independently of
the TypeScript simulators, so the tests compare two derivations:
- MMCV 1.x, `lr_config=dict(policy='step', warmup='linear', warmup_iters=500,
  warmup_ratio=0.001, step=[8, 11])`, lr 0.02 (mmdet 2.x schedule_1x.py): regular lr
  0.02 * 0.1 ** (number of steps <= epoch), warmup lr = regular * (1 - (1 - i/500) * (1 - 0.001))
  for iteration i < 500 (LrUpdaterHook.get_warmup_lr, 'linear').
- MMEngine, `LinearLR(start_factor=0.001, by_epoch=False, begin=0, end=500)` then
  `MultiStepLR(by_epoch=True, milestones=[8, 11], gamma=0.1)`, lr 0.02 (mmdet 3.x
  schedule_1x.py): factor 0.001 + 0.999 * i / 499 for i < 500 (MMEngine's LinearParamScheduler
  takes `total_iters = end - begin - 1`, so the factor reaches 1 at iteration 499), times 0.1 per
  passed milestone.
Each line is formatted the way the upstream writer formats it (see README.md for the source of
every field); losses and times are constant filler.
"""
import json

EPOCHS = 12
INTERVAL = 50


def mmcv_lr(i, n, base=0.02):
    epoch = i // n
    regular = base * 0.1 ** sum(1 for s in (8, 11) if epoch >= s)
    if i < 500:
        return regular * (1 - (1 - i / 500) * (1 - 0.001))
    return regular


def mmengine_lr(i, n, base=0.02):
    epoch = i // n
    factor = 0.001 + 0.999 * i / 499 if i < 500 else 1.0
    return base * factor * 0.1 ** sum(1 for s in (8, 11) if epoch >= s)


def logged(n):
    """(epoch 1-based, inner iter 1-based, global iter 0-based) of every logged train line."""
    for e in range(EPOCHS):
        for inner in range(INTERVAL, n + 1, INTERVAL):
            yield e + 1, inner, e * n + inner - 1


def mmcv_json(path, n, scale=1.0):
    with open(path, 'w') as f:
        f.write(json.dumps({'env_info': 'synthetic', 'config': 'see README', 'seed': 0, 'exp_name': 'mask_rcnn_r50_fpn_1x_coco.py'}) + '\n')
        for e, inner, g in logged(n):
            rec = {'mode': 'train', 'epoch': e, 'iter': inner, 'lr': round(mmcv_lr(g, n) * scale, 5),
                   'memory': 3483, 'data_time': round(0.01, 5), 'loss': round(0.6517, 5), 'time': round(0.632, 5)}
            f.write(json.dumps(rec) + '\n')
            if inner + INTERVAL > n:
                f.write(json.dumps({'mode': 'val', 'epoch': e, 'iter': 625, 'lr': round(mmcv_lr(g, n) * scale, 5), 'bbox_mAP': 0.031}) + '\n')


def mmcv_text(path, n, scale=1.0):
    with open(path, 'w') as f:
        for e, inner, g in logged(n):
            lr = mmcv_lr(g, n) * scale
            f.write(f'2022-11-12 14:30:37,044 - mmdet - INFO - Epoch [{e}][{inner}/{n}]\tlr: {lr:.3e}, '
                    f'eta: 2:03:32, time: 0.645, data_time: 0.058, memory: 3483, loss: 1.0950\n')
            if inner + INTERVAL > n:
                f.write(f'2022-11-12 14:41:28,652 - mmdet - INFO - Epoch(val) [{e}][625]\tbbox_mAP: 0.0310\n')


def mmengine_scalars(path, n, scale=1.0):
    with open(path, 'w') as f:
        for e, inner, g in logged(n):
            lr = mmengine_lr(g, n) * scale
            rec = {'base_lr': 0.02 * scale, 'lr': lr, 'data_time': 0.0334, 'loss': 0.6517, 'time': 0.2526,
                   'epoch': e, 'iter': g + 1, 'memory': 9182, 'step': g + 1}
            f.write(json.dumps(rec) + '\n')
            if inner + INTERVAL > n:
                f.write(json.dumps({'coco/bbox_mAP': 0.031, 'data_time': 0.01, 'time': 0.05, 'step': e}) + '\n')


def mmengine_text(path, n, scale=1.0):
    width = len(str(n))
    with open(path, 'w') as f:
        for e, inner, g in logged(n):
            lr = mmengine_lr(g, n) * scale
            epoch_str = f'[{e}]'.rjust(len(str(EPOCHS)) + 3)
            f.write(f'2024/06/19 01:21:51 - mmengine - INFO - Epoch(train){epoch_str}[{str(inner).rjust(width)}/{n}]  '
                    f'base_lr: {0.02 * scale:.4e} lr: {lr:.4e}  eta: 8:27:55  time: 0.2526  data_time: 0.0334  '
                    f'memory: 9182  loss: 59.1782\n')
            if inner + INTERVAL > n:
                f.write(f'2024/06/19 01:31:51 - mmengine - INFO - Epoch(val) [{e}][625/625]    coco/bbox_mAP: 0.0310\n')


mmcv_json('mmcv_1x_n600.log.json', 600)
mmcv_text('mmcv_1x_n600.log', 600)
mmcv_json('mmcv_1x_n300_2x_lr.log.json', 300, scale=2.0)
mmengine_scalars('mmengine_1x_n600_scalars.json', 600)
mmengine_text('mmengine_1x_n600.log', 600)
mmengine_text('mmengine_1x_n300_2x_lr.log', 300, scale=2.0)
