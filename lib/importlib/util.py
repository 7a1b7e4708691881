"""importlib.util for Dyad: module specs, relative-name resolution, source decoding and
bytecode-cache path arithmetic.  Dyad compiles from source and writes no .pyc files; the cache
path functions only compute the names CPython 3.11 would use."""

import sys
import types
import _dyad_import
from importlib.machinery import ModuleSpec, SourceFileLoader, BuiltinImporter, NamespaceLoader

MAGIC_NUMBER = (3495).to_bytes(2, 'little') + b'\r\n'

_PYCACHE = '__pycache__'


# ---------------------------------------------------------------- names

def _leading_dots(name):
    count = 0
    while count < len(name) and name[count] == '.':
        count += 1
    return count


def resolve_name(name, package):
    level = _leading_dots(name)
    if level == 0:
        return name
    if not package:
        raise ImportError('no package specified for %r (required for relative module names)'
                          % (name,))
    # One dot is the package itself; every further dot climbs one level.
    pieces = package.rsplit('.', level - 1)
    if len(pieces) < level:
        raise ImportError('attempted relative import beyond top-level package')
    tail = name[level:]
    return pieces[0] + '.' + tail if tail else pieces[0]


# ---------------------------------------------------------------- finding specs

def _spec_in_directory(fullname, directory, leaf):
    """A spec for `leaf` as a regular package or a module file inside `directory`, or None.
    Second result: the directory to use as a namespace portion, if there is one."""
    import os
    folder = os.path.join(directory, leaf)
    if os.path.isdir(folder):
        init = os.path.join(folder, '__init__.py')
        if os.path.isfile(init):
            return spec_from_file_location(fullname, init, submodule_search_locations=[folder]), None
    module_file = os.path.join(directory, leaf + '.py')
    if os.path.isfile(module_file):
        return spec_from_file_location(fullname, module_file), None
    if os.path.isdir(folder):
        return None, folder
    return None, None


def _search(fullname, search_path):
    import os
    if search_path is None:
        for finder in sys.meta_path:
            finder_find = getattr(finder, 'find_spec', None)
            if finder_find is not None:
                found = finder_find(fullname, None)
                if found is not None:
                    return found
        # (The modules written in TypeScript, CPython's extension modules among them: math.)
        if fullname in sys.builtin_module_names or _dyad_import.is_native(fullname):
            return ModuleSpec(fullname, BuiltinImporter, origin='built-in')
        search_path = sys.path
    leaf = fullname.rpartition('.')[2]
    if not leaf:
        return None
    portions = []
    for entry in search_path:
        if not isinstance(entry, str):
            continue
        spec, portion = _spec_in_directory(fullname, entry or '.', leaf)
        if spec is not None:
            return spec
        if portion is not None:
            portions.append(os.path.join(entry or os.getcwd(), leaf))
    if not portions:
        return None
    spec = ModuleSpec(fullname, NamespaceLoader(fullname, portions), is_package=True)
    spec.submodule_search_locations = portions
    return spec


def _spec_of_loaded(module, name):
    if module is None:
        return None
    if not hasattr(module, '__spec__'):
        raise ValueError('%s.__spec__ is not set' % (name,))
    if module.__spec__ is None:
        raise ValueError('%s.__spec__ is None' % (name,))
    return module.__spec__


def find_spec(name, package=None):
    """The spec the import system would use for `name`, or None if the module cannot be found.
    An already imported module answers with its __spec__; a submodule's parent is imported."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname in sys.modules:
        return _spec_of_loaded(sys.modules[fullname], name)
    parent_name, dot, _ = fullname.rpartition('.')
    if not dot:
        return _search(fullname, None)
    parent = __import__(parent_name, fromlist=['__path__'])
    try:
        where = parent.__path__
    except AttributeError as exc:
        raise ModuleNotFoundError('__path__ attribute not found on %r while trying to find %r'
                                  % (parent_name, fullname), name=fullname) from exc
    return _search(fullname, where)


# ---------------------------------------------------------------- building specs and modules

def spec_from_loader(name, loader, *, origin=None, is_package=None):
    if is_package is None:
        ask = getattr(loader, 'is_package', None)
        if ask is not None:
            try:
                is_package = ask(name)
            except ImportError:
                is_package = None
    return ModuleSpec(name, loader, origin=origin, is_package=bool(is_package))


_UNSET = object()


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=_UNSET):
    if location is None:
        return None
    import os
    location = os.fspath(location)
    try:
        location = os.path.abspath(location)
    except OSError:
        pass
    if loader is None:
        if not location.endswith('.py'):
            return None
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    spec.has_location = True
    if submodule_search_locations is _UNSET:
        ask = getattr(loader, 'is_package', None)
        locations = [] if ask is not None and ask(name) else None
    else:
        locations = submodule_search_locations
    if locations == [] and location:
        locations.append(os.path.dirname(location))
    spec.submodule_search_locations = locations
    return spec


def module_from_spec(spec):
    loader = spec.loader
    module = None
    if hasattr(loader, 'create_module'):
        module = loader.create_module(spec)
    elif hasattr(loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() must also define create_module()')
    if module is None:
        module = types.ModuleType(spec.name)
    attrs = {'__spec__': spec, '__loader__': loader, '__package__': spec.parent}
    if spec.submodule_search_locations is not None:
        attrs['__path__'] = spec.submodule_search_locations
    if spec.has_location:
        attrs['__file__'] = spec.origin
        attrs['__cached__'] = spec.cached
    for key, value in attrs.items():
        setattr(module, key, value)
    return module


# ---------------------------------------------------------------- source text

def _declared_encoding(line):
    """The encoding named by a PEP 263 comment on this (bytes) line, or None."""
    text = line.lstrip(b' \t\f')
    if not text.startswith(b'#'):
        return None
    text = text.decode('latin-1')
    start = 0
    while True:
        at = text.find('coding', start)
        if at < 0:
            return None
        start = at + 6
        if text[start:start + 1] not in (':', '='):
            continue
        name = ''
        for ch in text[start + 1:].lstrip(' \t'):
            if not (ch.isalnum() or ch in '-_.'):
                break
            name += ch
        if name:
            return name


def _source_encoding(data):
    import codecs
    bom = data.startswith(codecs.BOM_UTF8)
    if bom:
        data = data[3:]
    for line in data.split(b'\n', 2)[:2]:
        try:
            line.decode('utf-8')
        except UnicodeDecodeError:
            raise SyntaxError('invalid or missing encoding declaration') from None
        declared = _declared_encoding(line)
        if declared is not None:
            try:
                canonical = codecs.lookup(declared).name
            except LookupError:
                raise SyntaxError('unknown encoding: ' + declared) from None
            if bom and canonical != 'utf-8':
                raise SyntaxError('encoding problem: utf-8')
            return ('utf-8-sig' if bom else declared), data
        if line.strip() and not line.lstrip().startswith(b'#'):
            break
    return ('utf-8-sig' if bom else 'utf-8'), data


def decode_source(source_bytes):
    encoding, body = _source_encoding(bytes(source_bytes))
    if encoding == 'utf-8-sig':
        encoding = 'utf-8'
    text = body.decode(encoding)
    return text.replace('\r\n', '\n').replace('\r', '\n')


# ---------------------------------------------------------------- bytecode cache paths

def _cache_tag():
    tag = sys.implementation.cache_tag
    if tag is None:
        raise NotImplementedError('sys.implementation.cache_tag is None')
    return tag


def cache_from_source(path, debug_override=None, *, optimization=None):
    import os
    if debug_override is not None:
        import warnings
        warnings.warn("the debug_override parameter is deprecated; use 'optimization' instead",
                      DeprecationWarning)
        if optimization is not None:
            raise TypeError('debug_override or optimization must be set to None')
        optimization = '' if debug_override else 1
    path = os.fspath(path)
    head, tail = os.path.split(path)
    stem, dot, suffix = tail.rpartition('.')
    name = (stem or suffix) + dot + _cache_tag()
    if optimization is None:
        level = sys.flags.optimize
        optimization = '' if level == 0 else level
    optimization = str(optimization)
    if optimization:
        if not optimization.isalnum():
            raise ValueError('%r is not alphanumeric' % (optimization,))
        name += '.opt-' + optimization
    filename = name + '.pyc'
    prefix = sys.pycache_prefix
    if prefix is None:
        return os.path.join(head, _PYCACHE, filename)
    if not os.path.isabs(head):
        head = os.path.join(os.getcwd(), head)
    return os.path.join(prefix, head.lstrip(os.sep), filename)


def source_from_cache(path):
    import os
    _cache_tag()
    path = os.fspath(path)
    head, filename = os.path.split(path)
    prefix = sys.pycache_prefix
    if prefix is not None and path.startswith(prefix.rstrip(os.sep) + os.sep):
        head = os.sep + head[len(prefix.rstrip(os.sep)):].lstrip(os.sep)
    else:
        head, folder = os.path.split(head)
        if folder != _PYCACHE:
            raise ValueError('%s not bottom-level directory in %r' % (_PYCACHE, path))
    dots = filename.count('.')
    if dots not in (2, 3):
        raise ValueError('expected only 2 or 3 dots in %r' % (filename,))
    if dots == 3:
        opt = filename.rsplit('.', 2)[1]
        if not opt.startswith('opt-'):
            raise ValueError("optimization portion of filename does not start with 'opt-'")
        if not opt[4:].isalnum():
            raise ValueError('optimization level %r is not an alphanumeric value' % (opt,))
    return os.path.join(head, filename.partition('.')[0] + '.py')
