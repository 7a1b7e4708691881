# co_names and co_varnames follow what the compiler emits: a class body's prologue and
# epilogue (__name__, __module__, __qualname__, __doc__, __classcell__), __annotations__ after
# a module's or class's simple annotation, no store for a bare `x: T`, only the object of a bare
# attribute/subscript annotation, IMPORT_FROM names for `import a.b.c as d`. Found by
# tools/fuzz-scope.py's probes (the tree-walker's co_names were the symbol table's).
import types

SRC = '''
"""module doc"""
import os.path as osp, json
x: int
y: Undefined = 1
o.attr: int
d[k]: int
d[1:2, k2]: str = 3
class C:
    """class doc"""
    a: int
    b: str = 'b'
    (c): float = 1.0
    def m(self): return __class__
    class D:
        'inner doc'
        e: int
class E:
    pass
def f():
    """f doc"""
    import p.q.r as pqr
    import p.q
    g: int
    h.i: int
    j[k]: int = 1
    return g
'''


def walk(co, depth=0):
    print('  ' * depth + co.co_name, co.co_varnames, co.co_names, co.co_cellvars)
    for c in co.co_consts:
        if isinstance(c, types.CodeType):
            walk(c, depth + 1)


walk(compile(SRC, 'src', 'exec'))
walk(compile('from __future__ import annotations\n' + SRC, 'src', 'exec'))
