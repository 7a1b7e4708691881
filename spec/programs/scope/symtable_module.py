# The symtable module: the compiler's symbol tables and how each name is classified (local,
# global explicit/implicit, free, cell; parameter, assigned, referenced, imported, annotated,
# nonlocal), with nested tables for functions, classes, lambdas and comprehensions. Dyad had no
# symtable module. CPython tells module scope by the name 'top', so a function named top is
# shown (and its bound names classified) as if it were the module. (Only one free name per
# scope passes through: CPython orders several by set iteration.)
import symtable

SRC = '''
import os.path as osp
from math import *
counter: int = 0
global declared


def outer(a, /, b, *args, c=1, **kw):
    global counter
    total = a + b
    cell = []

    def inner(x):
        nonlocal total
        total += x
        return cell, osp

    class K(Base):
        attr = total
        __private = 1

        def method(self):
            return __class__, attr

        squares = [i * i for i in args]

    lam = lambda q=c: q + kw.get('k', 0)
    return inner, K, lam, {k: v for k, v in kw.items()}, (g for g in args)


def top(p):
    q = p

    def nested():
        pass


def twice():
    pass


def twice():
    pass
'''


def flags(sym):
    names = ['referenced', 'parameter', 'global', 'nonlocal', 'declared_global', 'local',
             'annotated', 'free', 'imported', 'assigned', 'namespace']
    return [n for n in names if getattr(sym, 'is_' + n)()]


def dump(table, depth=0):
    pad = '  ' * depth
    print(pad + repr(table), table.get_type(), table.get_name(), table.get_lineno(),
          table.is_optimized(), table.is_nested(), table.has_children())
    print(pad + ' ids', list(table.get_identifiers()))
    if isinstance(table, symtable.Function):
        print(pad + ' params', table.get_parameters(), 'locals', table.get_locals(),
              'globals', table.get_globals(), 'nonlocals', table.get_nonlocals(),
              'frees', table.get_frees())
    if isinstance(table, symtable.Class):
        print(pad + ' methods', table.get_methods())
    for sym in table.get_symbols():
        try:
            ns = repr(sym.get_namespace())
        except ValueError as e:
            ns = 'ValueError: ' + str(e)
        print(pad + '  ' + repr(sym), flags(sym), len(sym.get_namespaces()), ns)
    for child in table.get_children():
        dump(child, depth + 1)


top = symtable.symtable(SRC, 'mod.py', 'exec')
dump(top)
print(top.lookup('outer') is top.lookup('outer'), top.lookup('outer').get_name())
try:
    top.lookup('missing')
except KeyError as e:
    print('KeyError', e)
print(symtable.symtable('a + b', '<e>', 'eval').get_identifiers())
print(symtable.symtable(b'x = 1', '<b>', 'single').get_identifiers())
for args in [('x =', 'f', 'exec'), ('x', 'f', 'bad'), (5, 'f', 'exec'),
             ('def f():\n    nonlocal y', 'f', 'exec'), ('def f(a):\n    global a', 'f', 'exec')]:
    try:
        symtable.symtable(*args)
    except (SyntaxError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(symtable.LOCAL, symtable.GLOBAL_EXPLICIT, symtable.GLOBAL_IMPLICIT, symtable.FREE,
      symtable.CELL, symtable.SCOPE_OFF, symtable.SCOPE_MASK, symtable.DEF_BOUND, symtable.USE)
