"""importlib.machinery, reduced (a Dyad implementation): ModuleSpec, SourceFileLoader and the
suffix lists, enough for importlib.util's spec_from_file_location / module_from_spec."""
import sys

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
DEBUG_BYTECODE_SUFFIXES = ['.pyc']
OPTIMIZED_BYTECODE_SUFFIXES = ['.pyc']
EXTENSION_SUFFIXES = []


def all_suffixes():
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


class ModuleSpec:
    """The import-related information of a module."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._set_fileattr = False
        self.cached = None

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)

    def __repr__(self):
        args = ['name={!r}'.format(self.name), 'loader={!r}'.format(self.loader)]
        if self.origin is not None:
            args.append('origin={!r}'.format(self.origin))
        if self.submodule_search_locations is not None:
            args.append('submodule_search_locations={}'.format(self.submodule_search_locations))
        return '{}({})'.format(self.__class__.__name__, ', '.join(args))

    def __eq__(self, other):
        smsl = self.submodule_search_locations
        try:
            return (self.name == other.name and self.loader == other.loader and
                    self.origin == other.origin and smsl == other.submodule_search_locations and
                    self.cached == other.cached and self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented


class SourceFileLoader:
    """Loads a module from a .py file: exec_module runs its source in the module's namespace."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return self.__class__ == other.__class__ and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as f:
            return f.read()

    def get_source(self, fullname):
        with open(self.path, encoding='utf-8') as f:
            return f.read()

    def is_package(self, fullname):
        filename = self.path.rpartition('/')[2]
        return filename.rsplit('.', 1)[0] == '__init__' and fullname.rpartition('.')[2] != '__init__'

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        code = compile(self.get_source(module.__name__), self.path, 'exec')
        exec(code, module.__dict__)

    def load_module(self, fullname=None):
        import importlib.util
        fullname = fullname or self.name
        spec = importlib.util.spec_from_file_location(fullname, self.path, loader=self)
        module = importlib.util.module_from_spec(spec)
        sys.modules[fullname] = module
        try:
            self.exec_module(module)
        except BaseException:
            del sys.modules[fullname]
            raise
        return sys.modules[fullname]


class BuiltinImporter:
    """The loader of the interpreter's own modules."""

    @classmethod
    def create_module(cls, spec):
        return __import__(spec.name)

    @classmethod
    def exec_module(cls, module):
        pass


class NamespaceLoader:
    def __init__(self, name, path, path_finder=None):
        self.name = name
        self.path = path

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        pass
