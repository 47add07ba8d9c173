"""Test oracle for src/core/cfgOptions: what `tools/train.py CONFIG --cfg-options ...` does to a config.

A small pure-Python re-implementation (written for this project from the documented behaviour
of MMCV 1.x `mmcv.utils.DictAction` / `Config.merge_from_dict` and MMEngine's equivalents; no
upstream code is imported or copied), run by real `argparse` so that argument splitting,
`nargs='+'` and repeated flags behave exactly as on the command line, and by Python's own
int()/float() parsing.

stdin: a JSON list of {"base": <value>, "argv": [str...], "dialect": "mmcv1" | "mmengine"}.
stdout: a JSON list of {"config": <value>} or {"error": str}.
Values use the studio's PyValue encoding: {"$tuple": [...]}, {"$float": x} for integral floats.
"""
import argparse
import copy
import json
import math
import sys


def decode(v):
    if isinstance(v, list):
        return [decode(x) for x in v]
    if isinstance(v, dict):
        if set(v) == {'$tuple'}:
            return tuple(decode(x) for x in v['$tuple'])
        if set(v) == {'$float'}:
            return float(v['$float'])
        return {k: decode(x) for k, x in v.items()}
    return v


def encode(v):
    if isinstance(v, bool) or v is None or isinstance(v, (int, str)):
        return v
    if isinstance(v, float):
        if not math.isfinite(v):
            return {'$float': 'nan' if math.isnan(v) else ('inf' if v > 0 else '-inf')}
        return {'$float': v} if v.is_integer() else v
    if isinstance(v, tuple):
        return {'$tuple': [encode(x) for x in v]}
    if isinstance(v, list):
        return [encode(x) for x in v]
    return {k: encode(x) for k, x in v.items()}


def scalar(text):
    try:
        return int(text)
    except ValueError:
        pass
    try:
        return float(text)
    except ValueError:
        pass
    if text.lower() in ('true', 'false'):
        return text.lower() == 'true'
    if text == 'None':
        return None
    return text


def first_top_level_comma(text):
    for i, c in enumerate(text):
        before = text[:i]
        if c == ',' and before.count('(') == before.count(')') and before.count('[') == before.count(']'):
            return i
    return len(text)


def value_of(text):
    text = text.strip('\'"').replace(' ', '')
    kind = list
    if text.startswith('(') and text.endswith(')'):
        kind, text = tuple, text[1:-1]
    elif text.startswith('[') and text.endswith(']'):
        text = text[1:-1]
    elif ',' not in text:
        return scalar(text)
    items = []
    while text:
        assert text.count('(') == text.count(')') and text.count('[') == text.count(']'), 'Imbalanced brackets'
        cut = first_top_level_comma(text)
        items.append(value_of(text[:cut]))
        text = text[cut + 1:]
    return kind(items)


def make_action(accumulate):
    class KeyValues(argparse.Action):
        def __call__(self, parser, namespace, values, option_string=None):
            pairs = dict(getattr(namespace, self.dest, None) or {}) if accumulate else {}
            for kv in values:
                key, text = kv.split('=', 1)
                pairs[key] = value_of(text)
            setattr(namespace, self.dest, pairs)
    return KeyValues


def merge(a, b):
    b = copy.copy(b)
    for k, v in a.items():
        if k.isdigit() and isinstance(b, list):
            k = int(k)
            if len(b) <= k:
                raise KeyError(f'Index {k} exceeds the length of list')
            b[k] = merge(v, b[k])
        elif isinstance(v, dict):
            if k in b and not v.pop('_delete_', False):
                if not isinstance(b[k], (dict, list)):
                    raise TypeError(f'{k} is a dict in the options but not in the config')
                b[k] = merge(v, b[k])
            else:
                b[k] = dict(v)
        else:
            b[k] = v
    return b


def merge_from_dict(cfg, options):
    nested = {}
    for full_key, v in options.items():
        d = nested
        keys = full_key.split('.')
        for sub in keys[:-1]:
            d.setdefault(sub, {})
            d = d[sub]
        d[keys[-1]] = v
    return merge(nested, cfg)


class NoExit(argparse.ArgumentParser):
    def error(self, message):
        raise ValueError(message)


def run(case):
    parser = NoExit(prog='train.py')
    parser.add_argument('config')
    parser.add_argument('--cfg-options', nargs='+', action=make_action(case['dialect'] == 'mmengine'))
    args = parser.parse_args(['config.py', *case['argv']])
    return merge_from_dict(decode(case['base']), args.cfg_options or {})


def main():
    out = []
    for case in json.load(sys.stdin):
        try:
            out.append({'config': encode(run(case))})
        except Exception as e:  # the test compares failures too
            out.append({'error': f'{type(e).__name__}: {e}'})
    json.dump(out, sys.stdout)


main()
