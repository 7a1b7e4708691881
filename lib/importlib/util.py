"""importlib.util, reduced (a Dyad implementation): find_spec, spec_from_file_location,
module_from_spec, spec_from_loader, resolve_name, decode_source."""
import sys
import types
from importlib.machinery import ModuleSpec, SourceFileLoader, BuiltinImporter, NamespaceLoader


def resolve_name(name, package):
    if not name.startswith('.'):
        return name
    elif not package:
        raise ImportError(f'no package specified for {repr(name)} '
                          '(required for relative module names)')
    level = 0
    for character in name:
        if character != '.':
            break
        level += 1
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    rest = name[level:]
    return '{}.{}'.format(base, rest) if rest else base


def _find(fullname, path):
    import os
    short = fullname.rpartition('.')[2]
    if path is None:
        if fullname in sys.builtin_module_names:
            spec = ModuleSpec(fullname, BuiltinImporter, origin='built-in')
            return spec
        path = sys.path
    portions = []
    for entry in path:
        if not isinstance(entry, str):
            continue
        base = entry or '.'
        init = os.path.join(base, short, '__init__.py')
        if os.path.isfile(init):
            return spec_from_file_location(fullname, init, submodule_search_locations=[os.path.dirname(init)])
        file = os.path.join(base, short + '.py')
        if os.path.isfile(file):
            return spec_from_file_location(fullname, file)
        if os.path.isdir(os.path.join(base, short)):
            portions.append(os.path.join(entry or os.getcwd(), short))
    if portions:
        spec = ModuleSpec(fullname, NamespaceLoader(fullname, portions), is_package=True)
        spec.submodule_search_locations = portions
        return spec
    return None


def find_spec(name, package=None):
    """The spec of the module `name` (its __spec__ when imported; a parent package is imported
    first), or None when there is no such module."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        try:
            spec = module.__spec__
        except AttributeError:
            raise ValueError('{}.__spec__ is not set'.format(name)) from None
        if spec is None:
            raise ValueError('{}.__spec__ is None'.format(name))
        return spec
    parent_name = fullname.rpartition('.')[0]
    if parent_name:
        parent = __import__(parent_name, fromlist=['__path__'])
        try:
            parent_path = parent.__path__
        except AttributeError as e:
            raise ModuleNotFoundError(
                f"__path__ attribute not found on {parent_name!r} "
                f"while trying to find {fullname!r}", name=fullname) from e
        return _find(fullname, parent_path)
    return _find(fullname, None)


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    if is_package is None and hasattr(loader, 'is_package'):
        try:
            is_package = loader.is_package(name)
        except ImportError:
            is_package = None
    return ModuleSpec(name, loader, origin=origin, is_package=bool(is_package))


_POPULATE = object()


def spec_from_file_location(name, location=None, *, loader=None, submodule_search_locations=_POPULATE):
    """A spec for the module `name` loaded from the file `location`."""
    if location is None:
        return None
    import os
    location = os.fspath(location)
    if loader is None:
        if not location.endswith('.py'):
            return None
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    spec._set_fileattr = True
    if submodule_search_locations is _POPULATE:
        is_package = getattr(loader, 'is_package', None)
        if is_package is not None and is_package(name):
            spec.submodule_search_locations = []
    else:
        spec.submodule_search_locations = submodule_search_locations
    if spec.submodule_search_locations == []:
        if location:
            spec.submodule_search_locations.append(os.path.dirname(location))
    return spec


def module_from_spec(spec):
    """A new module for spec (its loader's create_module, or a plain module), with the
    import-related attributes set from the spec."""
    module = None
    if hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() must also define create_module()')
    if module is None:
        module = types.ModuleType(spec.name)
    module.__spec__ = spec
    module.__loader__ = spec.loader
    module.__package__ = spec.parent
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    if spec.has_location:
        module.__file__ = spec.origin
        module.__cached__ = spec.cached
    return module


def decode_source(source_bytes):
    return source_bytes.decode('utf-8').replace('\r\n', '\n').replace('\r', '\n')


MAGIC_NUMBER = (3495).to_bytes(2, 'little') + b'\r\n'


def cache_from_source(path, debug_override=None, *, optimization=None):
    import os
    head, tail = os.path.split(path)
    base, sep, rest = tail.rpartition('.')
    return os.path.join(head, '__pycache__', '{}.cpython-311.pyc'.format(base))


def source_from_cache(path):
    import os
    head, pycache_filename = os.path.split(path)
    head, pycache = os.path.split(head)
    return os.path.join(head, pycache_filename.split('.')[0] + '.py')
