"""Test oracle: loads mmcv 1.x ``.py`` configs as ``mmcv.Config.fromfile`` (v1.7.2) does.

Reads a JSON list of config paths on stdin and writes a JSON list of results on stdout, one
per path: ``{"ok": true, "config": ...}`` or ``{"ok": false, "error": "KeyError: ..."}``.
One process serves a whole batch because starting Python costs more than loading a file.

Values are encoded as the studio's PyValue: tuples as ``{"$tuple": [...]}``, floats with an
integral value as ``{"$float": x}`` and non-finite floats as ``{"$float": "inf"}`` (or
``"-inf"``, ``"nan"``), so int/float and tuple/list stay apart in the comparison.

Reproduced from mmcv/utils/config.py 1.7.2: the ``{{ fileDirname }}``-style and
``{{ _base_.x }}`` text substitutions, the syntax check, the public names of the executed
module (not ``__*``, modules or functions), ``_deprecation_`` popped, ``_base_`` (str or
list) resolved relative to the file, KeyError on duplicate keys among bases,
``_merge_a_into_b`` (``_delete_`` popped only where a child dict meets a base key, TypeError
for a dict over a non-dict), and the KeyError for reserved names. Not reproduced: json/yaml
configs and ``custom_imports``.
"""
import ast
import copy
import json
import math
import os.path as osp
import re
import sys
import types
import uuid

BASE_KEY = '_base_'
DELETE_KEY = '_delete_'
DEPRECATION_KEY = '_deprecation_'
RESERVED_KEYS = ['filename', 'text', 'pretty_text']


def substitute_predefined_vars(filename, text):
    file_dirname = osp.dirname(filename)
    file_basename = osp.basename(filename)
    templates = dict(
        fileDirname=file_dirname,
        fileBasename=file_basename,
        fileBasenameNoExtension=osp.splitext(file_basename)[0],
        fileExtname=osp.splitext(filename)[1])
    for key, value in templates.items():
        regexp = r'\{\{\s*' + str(key) + r'\s*\}\}'
        text = re.sub(regexp, value.replace('\\', '/'), text)
    return text


def pre_substitute_base_vars(text):
    base_var_dict = {}
    regexp = r'\{\{\s*' + BASE_KEY + r'\.([\w\.]+)\s*\}\}'
    for base_var in set(re.findall(regexp, text)):
        randstr = f'_{base_var}_{uuid.uuid4().hex.lower()[:6]}'
        base_var_dict[randstr] = base_var
        regexp = r'\{\{\s*' + BASE_KEY + r'\.' + base_var + r'\s*\}\}'
        text = re.sub(regexp, f'"{randstr}"', text)
    return text, base_var_dict


def lookup_base_var(name, base_cfg):
    value = base_cfg
    for key in name.split('.'):
        value = value[key]
    return value


def substitute_base_vars(cfg, base_var_dict, base_cfg):
    cfg = copy.deepcopy(cfg)
    if isinstance(cfg, dict):
        for k, v in cfg.items():
            if isinstance(v, str) and v in base_var_dict:
                cfg[k] = lookup_base_var(base_var_dict[v], base_cfg)
            elif isinstance(v, (list, tuple, dict)):
                cfg[k] = substitute_base_vars(v, base_var_dict, base_cfg)
    elif isinstance(cfg, tuple):
        cfg = tuple(substitute_base_vars(c, base_var_dict, base_cfg) for c in cfg)
    elif isinstance(cfg, list):
        cfg = [substitute_base_vars(c, base_var_dict, base_cfg) for c in cfg]
    elif isinstance(cfg, str) and cfg in base_var_dict:
        cfg = lookup_base_var(base_var_dict[cfg], base_cfg)
    return cfg


def to_plain_dict(value):
    """What addict's ConfigDict(v).to_dict() gives back: fresh dicts, same containers."""
    if isinstance(value, dict):
        return {k: to_plain_dict(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(to_plain_dict(v) for v in value)
    return value


def merge_a_into_b(a, b, copy_child=to_plain_dict):
    """``Config._merge_a_into_b``; a child-only dict is stored as a copy (addict's ConfigDict(v)
    in mmcv, mmengine's ConfigDict there: ``copy_child``)."""
    b = b.copy()
    for k, v in a.items():
        if isinstance(v, dict):
            if k in b and not v.pop(DELETE_KEY, False):
                if not isinstance(b[k], dict):
                    raise TypeError(
                        f'{k}={v} in child config cannot inherit from base '
                        f'because {k} is a dict in the child config but is of '
                        f'type {type(b[k])} in base config. You may set '
                        f'`{DELETE_KEY}=True` to ignore the base config.')
                b[k] = merge_a_into_b(v, b[k], copy_child)
            else:
                b[k] = copy_child(v)
        else:
            b[k] = v
    return b


# The base files are read by every exported config: compiling them once per text keeps a
# batch of thousands of files fast. Executing stays per load, as in mmcv.
_code_cache = {}


def compile_config(filename, original, text, is_base):
    key = (filename, original, text)
    code = _code_cache.get(key) if is_base else None
    if code is None:
        try:
            ast.parse(original)
        except SyntaxError as e:
            raise SyntaxError(f'There are syntax errors in config file {filename}: {e}')
        code = compile(text, filename, 'exec')
        if is_base:
            _code_cache[key] = code
    return code


def file_to_dict(filename, is_base=False):
    filename = osp.abspath(osp.expanduser(filename))
    if not osp.isfile(filename):
        raise FileNotFoundError(f'file "{filename}" does not exist')
    with open(filename, encoding='utf-8') as f:
        original = f.read()
    text, base_var_dict = pre_substitute_base_vars(substitute_predefined_vars(filename, original))
    namespace = {'__name__': 'mmcv_oracle_config', '__file__': filename}
    exec(compile_config(filename, original, text, is_base), namespace)
    cfg_dict = {
        name: value
        for name, value in namespace.items()
        if not name.startswith('__')
        and not isinstance(value, types.ModuleType)
        and not isinstance(value, types.FunctionType)
    }
    cfg_dict.pop(DEPRECATION_KEY, None)
    if BASE_KEY in cfg_dict:
        cfg_dir = osp.dirname(filename)
        base_filename = cfg_dict.pop(BASE_KEY)
        base_filename = base_filename if isinstance(base_filename, list) else [base_filename]
        base_cfg_dict = dict()
        for f in base_filename:
            c = file_to_dict(osp.join(cfg_dir, f), is_base=True)
            duplicate_keys = base_cfg_dict.keys() & c.keys()
            if len(duplicate_keys) > 0:
                raise KeyError('Duplicate key is not allowed among bases. '
                               f'Duplicate keys: {duplicate_keys}')
            base_cfg_dict.update(c)
        # Unconditional, as in mmcv 1.7.2: its deep copy at every level also unshares dicts two
        # keys held in common, which decides where merging pops `_delete_`.
        cfg_dict = substitute_base_vars(cfg_dict, base_var_dict, base_cfg_dict)
        cfg_dict = merge_a_into_b(cfg_dict, base_cfg_dict)
    return cfg_dict


def from_file(filename):
    cfg_dict = file_to_dict(filename)
    for key in cfg_dict:
        if key in RESERVED_KEYS:
            raise KeyError(f'{key} is reserved for config file')
    return to_plain_dict(cfg_dict)


# A str key JS objects list first (an array index: '0' .. '4294967294', no sign or leading zero).
INDEX_LIKE = re.compile(r'0|[1-9][0-9]{0,9}')


def needs_map(key):
    return not isinstance(key, str) or (INDEX_LIKE.fullmatch(key) is not None and int(key) <= 4294967294)


def encode(value):
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if math.isnan(value):
            return {'$float': 'nan'}
        if math.isinf(value):
            return {'$float': 'inf' if value > 0 else '-inf'}
        return {'$float': value} if value.is_integer() else value
    if isinstance(value, tuple):
        return {'$tuple': [encode(v) for v in value]}
    if isinstance(value, list):
        return [encode(v) for v in value]
    if isinstance(value, dict):
        if any(needs_map(k) for k in value):
            # A dict with a non-str key ({0: ...}) or an integer-like str key ('1', which a JS
            # object would list first): the studio's PyMap, entries in order.
            return {'$map': [[encode(k), encode(v)] for k, v in value.items()]}
        return {k: encode(v) for k, v in value.items()}
    raise TypeError(f'value outside the PyValue types: {value!r}')


def load_one(path):
    try:
        return {'ok': True, 'config': encode(from_file(path))}
    except Exception as e:  # the caller compares errors as text
        return {'ok': False, 'error': f'{type(e).__name__}: {e}'}


def main():
    paths = json.load(sys.stdin)
    results = [load_one(p) for p in paths]
    sys.stdout.write(json.dumps(results, allow_nan=False))


if __name__ == '__main__':
    main()
