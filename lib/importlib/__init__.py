"""importlib, reduced: import_module (absolute and relative names), reload and invalidate_caches;
the submodules util and machinery are imported when first used as attributes (CPython has
imported importlib.util at start-up)."""
import sys


def _resolve_name(name, package, level):
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return '{}.{}'.format(base, name) if name else base


def import_module(name, package=None):
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            "import for {!r}".format(name))
        for character in name:
            if character != '.':
                break
            level += 1
        name = _resolve_name(name[level:], package, level)
    __import__(name)
    return sys.modules[name]


def invalidate_caches():
    pass


def reload(module):
    """Re-executes the source of an imported module in its existing namespace and returns it."""
    if type(module).__name__ != 'module' and not isinstance(module, type(sys)):
        raise TypeError("reload() argument must be a module")
    spec = getattr(module, '__spec__', None)
    name = spec.name if spec is not None else module.__name__
    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    filename = getattr(module, '__file__', None)
    if filename is None:
        # Built-in and native modules have no source to run again.
        return module
    parent = name.rpartition('.')[0]
    if parent and parent not in sys.modules:
        raise ImportError(f"parent {parent!r} not in sys.modules", name=parent)
    with open(filename, encoding='utf-8') as f:
        source = f.read()
    exec(compile(source, filename, 'exec'), module.__dict__)
    return sys.modules[name]


def __getattr__(name):
    if name in ('util', 'machinery'):
        __import__('importlib.' + name)
        return sys.modules['importlib.' + name]
    raise AttributeError(f"module 'importlib' has no attribute {name!r}")
