# Annotated assignments (CPython 3.11's compiler_annassign): without a value, an attribute or
# subscript target's object (and subscript) are still evaluated, in functions too; a simple
# name's annotation is stored through a LOAD_NAME of __annotations__ (deleted: NameError, or the
# module's dict from a class body); annotations of locals in functions are never evaluated.
# Found by tools/fuzz-scope.py's probes (the tree-walker skipped or re-created these).
def t(label, src, g=None):
    try:
        exec(src, {} if g is None else g)
        print(label, 'ok')
    except Exception as e:
        print(label, type(e).__name__, e)


t(1, "undefined_obj.attr: int")
t(2, "def f():\n    undefined_obj.attr: int\nf()")
t(3, "d = {}\nd[undefined_key]: int")
t(4, "def f():\n    d = {}\n    d[undefined_key]: int\nf()")
t(5, "def f():\n    d = {}\n    d[1:undefined_hi]: int\nf()")
t(6, "d = {}\nd[1, 2:undefined_step:3]: int")
t(7, "x: undefined_ann")
t(8, "(x): undefined_ann")
t(9, "def f():\n    x: undefined_ann\n    (y): undefined_ann2\n    class O: pass\n    O.q: undefined_ann3 = 1\n    return O.q\nprint(f())")
t(10, "class C:\n    x: undefined_ann")
t(11, "x: print('ann') = print('val')")
t(12, "class O: pass\no = O()\no.a: print('ann2') = print('val2')\nprint(o.a)")
t(13, "def f():\n    class O: pass\n    o = O()\n    o.a: print('ann3') = print('val3')\nf()")
t(14, "__annotations__ = 5\nx: int = 1")
t(15, "del __annotations__\nx: int = 1")
t(16, "class C:\n    del __annotations__\n    x: int\n")
t(17, "m: int = 0\nclass C:\n    del __annotations__\n    x: str\nprint(__annotations__, C.__dict__.get('__annotations__'))")
t(18, "class C:\n    __annotations__ = {'pre': 1}\n    x: int\nprint(C.__annotations__)")
t(19, "class C:\n    __x: int = 1\n    _C__y: str\nprint(C.__annotations__)")


class NS(dict):
    def __getitem__(self, k):
        print('getitem', k)
        return dict.__getitem__(self, k)


class Meta(type):
    @classmethod
    def __prepare__(m, name, bases):
        return NS()


class D(metaclass=Meta):
    a: int = 1
    del __annotations__
    try:
        b: str
    except NameError as e:
        print('NameError', e)
