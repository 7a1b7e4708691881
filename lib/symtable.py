"""symtable for Dyad: the compiler's symbol tables (one per module, class, function, lambda
and comprehension scope) and the classification of every name in them, read from the
compiler's own analysis (_dyad_symtable)."""

import _dyad_symtable

__all__ = ['symtable', 'SymbolTable', 'Class', 'Function', 'Symbol']

# A symbol's flags (what its block does with the name) ...
DEF_GLOBAL = 1
DEF_LOCAL = 2
DEF_PARAM = 4
DEF_NONLOCAL = 8
USE = 16
DEF_IMPORT = 128
DEF_ANNOT = 256
DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT
# ... and, above them, its resolved scope.
SCOPE_OFF = 11
SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL
LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL = 1, 2, 3, 4, 5

_next_id = [0]


def symtable(code, filename, compile_type):
    """The symbol table of the module `code` (source text) would compile to."""
    return _make_table(_dyad_symtable.table(code, filename, compile_type), filename)


def _make_table(raw, filename):
    kind = raw[0]
    cls = Function if kind == 'function' else Class if kind == 'class' else SymbolTable
    return cls(raw, filename)


class SymbolTable:
    def __init__(self, raw, filename):
        self._type, self._name, self._lineno, self._nested, symbols, self._raw_children = raw
        self._filename = filename
        self._flags = dict(symbols)
        self._symbols = {}
        self._children = None
        _next_id[0] += 1
        self._id = _next_id[0]

    def __repr__(self):
        kind = '' if type(self) is SymbolTable else type(self).__name__ + ' '
        # (By name, as CPython's: a function named `top` is shown as the module too.)
        if self._name == 'top':
            return f'<{kind}SymbolTable for module {self._filename}>'
        return f'<{kind}SymbolTable for {self._name} in {self._filename}>'

    def get_type(self):
        return self._type

    def get_id(self):
        return self._id

    def get_name(self):
        return self._name

    def get_lineno(self):
        return self._lineno

    def is_optimized(self):
        return self._type == 'function'

    def is_nested(self):
        return bool(self._nested)

    def has_children(self):
        return bool(self._raw_children)

    def get_identifiers(self):
        return self._flags.keys()

    def lookup(self, name):
        sym = self._symbols.get(name)
        if sym is None:
            flags = self._flags[name]
            namespaces = [t for t in self.get_children() if t._name == name]
            # (Module scope is told by the name, as in CPython: so is a function named `top`.)
            sym = Symbol(name, flags, namespaces, self._name == 'top')
            self._symbols[name] = sym
        return sym

    def get_symbols(self):
        return [self.lookup(name) for name in self._flags]

    def get_children(self):
        if self._children is None:
            self._children = [_make_table(raw, self._filename) for raw in self._raw_children]
        return list(self._children)


class Function(SymbolTable):
    def _names(self, test):
        return tuple(name for name, flags in self._flags.items() if test(flags, flags >> SCOPE_OFF & SCOPE_MASK))

    def get_parameters(self):
        return self._names(lambda flags, scope: flags & DEF_PARAM)

    def get_locals(self):
        return self._names(lambda flags, scope: scope in (LOCAL, CELL))

    def get_globals(self):
        return self._names(lambda flags, scope: scope in (GLOBAL_IMPLICIT, GLOBAL_EXPLICIT))

    def get_nonlocals(self):
        return self._names(lambda flags, scope: flags & DEF_NONLOCAL)

    def get_frees(self):
        return self._names(lambda flags, scope: scope == FREE)


class Class(SymbolTable):
    def get_methods(self):
        """The names of the scopes directly inside the class body, once each."""
        return tuple(dict.fromkeys(t._name for t in self.get_children()))


class Symbol:
    def __init__(self, name, flags, namespaces=None, module_scope=False):
        self._name = name
        self._flags = flags
        self._scope = flags >> SCOPE_OFF & SCOPE_MASK
        self._namespaces = namespaces or ()
        self._module_scope = module_scope

    def __repr__(self):
        return f'<symbol {self._name!r}>'

    def get_name(self):
        return self._name

    def is_referenced(self):
        return bool(self._flags & USE)

    def is_parameter(self):
        return bool(self._flags & DEF_PARAM)

    def is_global(self):
        # A name bound at module level is a global too.
        return bool(self._scope in (GLOBAL_IMPLICIT, GLOBAL_EXPLICIT)
                    or (self._module_scope and self._flags & DEF_BOUND))

    def is_nonlocal(self):
        return bool(self._flags & DEF_NONLOCAL)

    def is_declared_global(self):
        return bool(self._scope == GLOBAL_EXPLICIT)

    def is_local(self):
        return bool(self._scope in (LOCAL, CELL)
                    or (self._module_scope and self._flags & DEF_BOUND))

    def is_annotated(self):
        return bool(self._flags & DEF_ANNOT)

    def is_free(self):
        return bool(self._scope == FREE)

    def is_imported(self):
        return bool(self._flags & DEF_IMPORT)

    def is_assigned(self):
        return bool(self._flags & DEF_LOCAL)

    def is_namespace(self):
        return bool(self._namespaces)

    def get_namespaces(self):
        return list(self._namespaces)

    def get_namespace(self):
        if len(self._namespaces) == 0:
            raise ValueError('name is not bound to any namespaces')
        if len(self._namespaces) > 1:
            raise ValueError('name is bound to multiple namespaces')
        return self._namespaces[0]
