# __slots__ as CPython's type_new checks and copies them: identifiers only, one __dict__ and
# one __weakref__ at most (none when a base has one), private names mangled, conflicts with
# class variables checked after mangling, member descriptors added in sorted order.

def attempt(src):
    try:
        exec(src, {'__name__': 'probe'})
    except Exception as e:
        print(type(e).__name__, e)

attempt("class A:\n    __slots__ = ('__a', 'z', 'b', '__c__', 'a_')\nprint(list(A.__dict__))\nprint(A._A__a, A.z)")
attempt("class A:\n    __slots__ = ('__a',)\n    def f(self):\n        self.__a = 1\n        return self.__a, vars(type(self)).get('_A__a')\nprint(A().f())")
attempt("class _A:\n    __slots__ = ('__a',)\nprint([k for k in vars(_A) if 'a' in k])")
attempt("class __:\n    __slots__ = ('__a',)\nprint([k for k in vars(__) if 'a' in k])")
attempt("class A:\n    __slots__ = ('__weakref__', '__weakref__')")
attempt("class A:\n    __slots__ = ('__dict__', '__dict__')")
attempt("class A: pass\nclass B(A):\n    __slots__ = ('__dict__',)")
attempt("class A: pass\nclass B(A):\n    __slots__ = ('__weakref__',)")
attempt("class A:\n    __slots__ = ()\nclass B(A):\n    __slots__ = ('__dict__', '__weakref__')\nb = B()\nb.x = 1\nprint(b.__dict__, '__weakref__' in vars(B))")
attempt("class A:\n    __slots__ = ('a b',)")
attempt("class A:\n    __slots__ = ('1a',)")
attempt("class A:\n    __slots__ = ('',)")
attempt("class A:\n    __slots__ = (1,)")
attempt("class A:\n    __slots__ = 5")
attempt("class A:\n    __slots__ = 'abc'\nprint(list(A.__dict__))")
attempt("class A:\n    __slots__ = ('x',)\n    x = 1")
attempt("class A:\n    __slots__ = ('__x',)\n    __x = 1")
attempt("class A:\n    __slots__ = ('__qualname__',)\nprint(A.__qualname__)")
attempt("class A:\n    __slots__ = ('a', 'a')\nprint(list(A.__dict__))")
attempt("class A(int):\n    __slots__ = ('__dict__',)")
attempt("class A(tuple):\n    __slots__ = ()\nprint(A((1,)), hasattr(A((1,)), '__dict__'))")
attempt("class A:\n    __slots__ = ['a']\nx = A()\ntry:\n    x.a\nexcept AttributeError as e:\n    print('get:', e)\ndel_ok = True\ntry:\n    del x.a\nexcept AttributeError as e:\n    print('del:', e)\nx.a = 5\ndel x.a\nprint(hasattr(x, 'a'))")
attempt("class A:\n    __slots__ = ['__p']\nprint(repr(A._A__p), A._A__p.__name__)")
