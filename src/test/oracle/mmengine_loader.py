"""Test oracle: loads MMEngine ``_base_``-style ``.py`` configs as ``mmengine.Config.fromfile``
(v0.10.7) does, then ``to_dict()``.

Same protocol as mmcv_loader.py (whose PyValue encoder and predefined-variable substitution it
reuses): a JSON list of paths on stdin, a JSON list of ``{"ok": true, "config": ...}`` or
``{"ok": false, "error": "KeyError: ..."}`` on stdout, one python3 process per batch.

Reproduced from mmengine/config/config.py 0.10.7 (``_file2dict``, ``_merge_a_into_b``,
``ConfigDict``):
- ``{{ fileDirname }}``-style, ``{{$ENV:default}}`` and ``{{ _base_.x }}`` text substitutions;
- ``_base_`` read from the first top-level ``_base_ = ...`` evaluated on its own, each path
  relative to the file; KeyError on duplicate keys among bases;
- the bases, copied into attribute dicts (ConfigDict), are the module's ``_base_`` global, so
  ``_base_.x`` reads, ``_base_.a.b = v`` and ``del _base_.x`` edit what the child merges into;
  every ``_base_ = ...`` assignment is removed before running (RemoveAssignFromAST);
- public names: not ``__*``, not ``_base_``, not modules or functions; ``_deprecation_`` popped;
- ``_substitute_base_vars`` deep-copies each top-level value, then ``_merge_a_into_b`` with
  ``allow_list_keys=False``: dicts merge recursively, ``_delete_`` is popped only where a child
  dict meets a base key, a truthy one replaces the base value, a dict over a non-dict raises
  TypeError, and anything else (lists included) replaces the base value;
- KeyError for the reserved names filename, text, pretty_text, env_variables (root only).
Not reproduced: json/yaml configs, ``pkg::path`` bases and their ``_scope_``, custom_imports,
and lazy-import (``with read_base():``) configs, which raise here.
"""
import ast
import copy
import json
import os
import os.path as osp
import re
import sys
import types
from collections import OrderedDict

sys.path.insert(0, osp.dirname(osp.abspath(__file__)))
from mmcv_loader import encode, pre_substitute_base_vars, substitute_base_vars, substitute_predefined_vars  # noqa: E402
from mmcv_loader import merge_a_into_b as merge_mmcv_style  # noqa: E402

BASE_KEY = '_base_'
DELETE_KEY = '_delete_'
DEPRECATION_KEY = '_deprecation_'
RESERVED_KEYS = ['filename', 'text', 'pretty_text', 'env_variables']


class ConfigDict(dict):
    """The parts of mmengine's ConfigDict (an addict.Dict) a config can observe."""

    def __init__(self, *args, **kwargs):
        super().__init__()
        for arg in args:
            for key, val in dict.items(arg):
                self[key] = val
        for key, val in kwargs.items():
            self[key] = val

    @classmethod
    def hook(cls, item):
        if type(item) in (dict, OrderedDict):
            return cls(item)
        if isinstance(item, (list, tuple)):
            return type(item)(cls.hook(e) for e in item)
        return item

    def __setitem__(self, name, value):
        super().__setitem__(name, self.hook(value))

    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(f"'ConfigDict' object has no attribute '{name}'")

    def __setattr__(self, name, value):
        self[name] = value

    def __delattr__(self, name):
        del self[name]

    def __deepcopy__(self, memo):
        other = self.__class__()
        memo[id(self)] = other
        for key, value in dict.items(self):
            other[copy.deepcopy(key, memo)] = copy.deepcopy(value, memo)
        return other

    def copy(self):
        other = self.__class__()
        for key, value in dict.items(self):
            other[key] = value
        return other

    def update(self, *args, **kwargs):
        other = {}
        if args:
            other.update(dict.items(args[0]))
        other.update(kwargs)
        for k, v in other.items():
            if k not in self or not isinstance(self[k], dict) or not isinstance(v, dict):
                self[k] = v
            else:
                self[k].update(v)


def to_config_dict(cfg):
    """``Config._dict_to_config_dict`` without a scope: fresh ConfigDicts all the way down."""
    if isinstance(cfg, dict):
        out = ConfigDict(cfg)
        for key, value in list(dict.items(out)):
            out[key] = to_config_dict(value)
        return out
    if isinstance(cfg, tuple):
        return tuple(to_config_dict(c) for c in cfg)
    if isinstance(cfg, list):
        return [to_config_dict(c) for c in cfg]
    return cfg


def substitute_env_variables(text):
    regexp = r'\{\{[\'\"]?\s*\$(\w+)\s*\:\s*(\S*?)\s*[\'\"]?\}\}'
    for var_name, value in re.findall(regexp, text):
        regexp = r'\{\{[\'\"]?\s*\$' + var_name + r'\s*\:\s*' + value + r'\s*[\'\"]?\}\}'
        if var_name in os.environ:
            value = os.environ[var_name]
        if not value:
            raise KeyError(f'`{var_name}` cannot be found in `os.environ`. Please set '
                           f'`{var_name}` in environment or give a default value.')
        text = re.sub(regexp, value, text)
    return text


class RemoveBaseAssign(ast.NodeTransformer):
    def visit_Assign(self, node):
        if isinstance(node.targets[0], ast.Name) and node.targets[0].id == BASE_KEY:
            return None
        return node


def is_lazy_import(tree):
    """The part of ``Config._is_lazy_import`` that tells this oracle to refuse a file."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name) and node.targets[0].id == BASE_KEY:
            return False
        if isinstance(node, ast.With):
            return True
        if isinstance(node, ast.ImportFrom) and node.level != 0:
            return True
    return False


def read_base_files(tree):
    for c in tree.body:
        if isinstance(c, ast.Assign) and isinstance(c.targets[0], ast.Name) and c.targets[0].id == BASE_KEY:
            # mmengine evaluates the _base_ expression; the oracle's own exports write a literal.
            files = ast.literal_eval(c.value)
            return files if isinstance(files, list) else [files]
    return []


# Base files are read by every exported config: parsing them once per text keeps big batches
# fast. Executing stays per load, as in mmengine.
_code_cache = {}


def compile_config(filename, text):
    key = (filename, text)
    if key not in _code_cache:
        tree = ast.parse(text)
        if is_lazy_import(tree):
            raise RuntimeError(f'{filename} is a lazy-import config; this oracle reads only _base_ configs')
        code = compile(RemoveBaseAssign().visit(ast.parse(text)), filename, mode='exec')
        _code_cache[key] = (read_base_files(tree), code)
    return _code_cache[key]


# A base file's dict depends only on its text (and the environment, fixed for a batch), so a
# batch of exports that share the mmdet bases loads each base once and deep-copies it after.
_base_cache = {}


def file_to_dict(filename, is_base=False):
    filename = osp.abspath(osp.expanduser(filename))
    if not osp.isfile(filename):
        raise FileNotFoundError(f'file "{filename}" does not exist')
    with open(filename, encoding='utf-8') as f:
        original = f.read()
    key = (filename, original)
    if is_base and key in _base_cache:
        return copy.deepcopy(_base_cache[key])
    cfg_dict = load_text(filename, original)
    if is_base:
        _base_cache[key] = copy.deepcopy(cfg_dict)
    return cfg_dict


def load_text(filename, original):
    try:
        ast.parse(original)
    except SyntaxError as e:
        raise SyntaxError(f'There are syntax errors in config file {filename}: {e}')
    text = substitute_env_variables(substitute_predefined_vars(filename, original))
    text, base_var_dict = pre_substitute_base_vars(text)
    base_files, code = compile_config(filename, text)
    base_cfg_dict = ConfigDict()
    for base in base_files:
        c = file_to_dict(osp.join(osp.dirname(filename), base), is_base=True)
        duplicate_keys = base_cfg_dict.keys() & c.keys()
        if len(duplicate_keys) > 0:
            raise KeyError('Duplicate key is not allowed among bases. '
                           f'Duplicate keys: {duplicate_keys}')
        base_cfg_dict.update(to_config_dict(c))
    namespace = {BASE_KEY: base_cfg_dict}
    exec(code, namespace, namespace)
    cfg_dict = {
        k: v for k, v in namespace.items()
        if k != BASE_KEY and not k.startswith('__')
        and not isinstance(v, (types.FunctionType, types.ModuleType))
    }
    cfg_dict.pop(DEPRECATION_KEY, None)
    cfg_dict = substitute_base_vars(cfg_dict, base_var_dict, base_cfg_dict)
    # ``Config._merge_a_into_b(allow_list_keys=False)`` as ``_file2dict`` calls it: mmcv's merge,
    # with child-only dicts stored as mmengine ConfigDicts.
    cfg_dict = merge_mmcv_style(cfg_dict, base_cfg_dict, ConfigDict)
    return {k: v for k, v in cfg_dict.items() if not k.startswith('__')}


def to_plain(value):
    """``ConfigDict.to_dict()``: plain dicts, lists and tuples kept apart."""
    if isinstance(value, dict):
        return {k: to_plain(v) for k, v in dict.items(value)}
    if isinstance(value, (list, tuple)):
        return type(value)(to_plain(v) for v in value)
    return value


def from_file(filename):
    cfg_dict = file_to_dict(filename)
    for key in cfg_dict:
        if key in RESERVED_KEYS:
            raise KeyError(f'{key} is reserved for config file')
    return to_plain(cfg_dict)


def load_one(path):
    try:
        return {'ok': True, 'config': encode(from_file(path))}
    except Exception as e:  # the caller compares errors as text
        return {'ok': False, 'error': f'{type(e).__name__}: {e}'}


def main():
    paths = json.load(sys.stdin)
    sys.stdout.write(json.dumps([load_one(p) for p in paths], allow_nan=False))


if __name__ == '__main__':
    main()
