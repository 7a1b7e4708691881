"""importlib for Dyad: import_module, reload, invalidate_caches, find_loader and __import__
over the interpreter's own import system. The submodules util and machinery are imported on
first attribute access (CPython has them imported at start-up)."""

import sys
import builtins

__all__ = ['__import__', 'import_module', 'invalidate_caches', 'reload']

_RELOADING = {}  # module name -> module, while that module is being reloaded


def __import__(name, globals=None, locals=None, fromlist=(), level=0):
    """The import statement's function (builtins.__import__)."""
    return builtins.__import__(name, globals, locals, fromlist, level)


def _absolute_name(name, package):
    """name with its leading dots resolved against package (name is relative)."""
    dots = len(name) - len(name.lstrip('.'))
    if not package:
        raise TypeError("the 'package' argument is required to perform a relative import "
                        f"for {name!r}")
    if not isinstance(package, str):
        raise TypeError('__package__ not set to a string')
    anchor = package.rsplit('.', dots - 1)
    if len(anchor) < dots:
        raise ImportError('attempted relative import beyond top-level package')
    rest = name[dots:]
    return f"{anchor[0]}.{rest}" if rest else anchor[0]


def import_module(name, package=None):
    """Import the module `name` (relative to `package` when it starts with dots) and return
    it (the module itself, not its top-level package as __import__ would)."""
    if name.startswith('.'):
        name = _absolute_name(name, package)
    elif not name:
        raise ValueError('Empty module name')
    loaded = sys.modules.get(name)
    if loaded is not None:
        return loaded
    builtins.__import__(name)  # (also raises for a None entry: 'import of ... halted')
    return sys.modules[name]


def invalidate_caches():
    """Tell every finder on sys.meta_path that has an invalidate_caches() to forget what it
    cached."""
    for finder in sys.meta_path:
        drop = getattr(finder, 'invalidate_caches', None)
        if drop is not None:
            drop()


def find_loader(name, path=None):
    """Deprecated: the loader of module `name` (None if it cannot be found)."""
    import warnings
    warnings.warn('Deprecated since Python 3.4 and slated for removal in Python 3.12; use '
                  'importlib.util.find_spec() instead', DeprecationWarning, stacklevel=2)
    loaded = sys.modules.get(name)
    if loaded is not None:
        if not hasattr(loaded, '__loader__'):
            raise ValueError(f'{name}.__loader__ is not set')
        if loaded.__loader__ is not None:
            return loaded.__loader__
        # (Dyad's import system leaves __loader__ None: look the loader up afresh)
    from importlib import util
    spec = util._search(name, path)
    loader = None if spec is None else spec.loader
    if spec is not None and loader is None:
        problem = ('namespace packages do not have loaders'
                   if spec.submodule_search_locations is not None
                   else f'spec for {name} missing loader')
        raise ImportError(problem, name=name)
    return loader


def _module_name(module):
    spec = getattr(module, '__spec__', None)
    if spec is not None:
        try:
            return spec.name
        except AttributeError:
            pass
    try:
        return module.__name__
    except AttributeError:
        raise TypeError("reload() argument must be a module") from None


def reload(module):
    """Run the module's code again in its existing namespace (found afresh, as an import
    would find it) and return the module now in sys.modules under its name."""
    if module is None:
        raise TypeError("reload() argument must be a module")
    name = _module_name(module)
    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    in_progress = _RELOADING.get(name)
    if in_progress is not None:
        return in_progress  # a reload reached again while it runs
    _RELOADING[name] = module
    try:
        _reexecute(name, module)
        return sys.modules[name]
    finally:
        _RELOADING.pop(name, None)  # (a reload of importlib itself replaced the dict)


def _reexecute(name, module):
    parent_name = name.rpartition('.')[0]
    where = None
    if parent_name:
        parent = sys.modules.get(parent_name)
        if parent is None:
            raise ImportError(f"parent {parent_name!r} not in sys.modules", name=parent_name)
        where = getattr(parent, '__path__', None)
    from importlib import util
    spec = util._search(name, where)
    if spec is None:
        raise ModuleNotFoundError(f"spec not found for the module {name!r}", name=name)
    if spec.origin == 'built-in' or getattr(spec, 'loader', None) is None:
        return  # the interpreter's own modules and namespace packages: nothing to run
    for attribute, value in (('__spec__', spec), ('__loader__', spec.loader),
                             ('__file__', spec.origin)):
        setattr(module, attribute, value)
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    spec.loader.exec_module(module)
    # (re-inserted last, as a fresh import leaves it)
    sys.modules[name] = sys.modules.pop(name)


def __getattr__(name):
    if name in ('util', 'machinery'):
        builtins.__import__('importlib.' + name)
        return sys.modules['importlib.' + name]
    raise AttributeError(f"module 'importlib' has no attribute {name!r}")
