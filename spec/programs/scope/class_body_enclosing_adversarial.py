# Class bodies inside functions: LOAD_CLASSDEREF against names assigned later, global and
# nonlocal declarations in class bodies, locals()/exec writes, comprehensions and lambdas that
# cannot see class names, __class__ cells in nested classes, decorators in the enclosing scope.
def e(f, *a):
    try:
        r = f(*a)
        print("ok", r)
    except Exception as ex:
        print(type(ex).__name__, ex)
class A:
    print(__name__, __module__, __qualname__)
    __module__ = 'custom'
    try:
        print(__class__)
    except NameError as ex:
        print(type(ex).__name__, ex)
    def m(self): return __class__
print(A.__module__, A().m().__name__)
def f():
    class B:
        try:
            print(__class__)
        except NameError as ex:
            print(type(ex).__name__, ex)
        def m(self):
            return __class__
    return B
f()
class C:
    def m(self):
        class D:
            x = __class__
        return D.x
print(C().m().__name__)
class C2:
    def m(self):
        class D:
            def n(self):
                return __class__
        return D().n().__name__
print(C2().m())
class C3:
    __class__ = 'attr'
    def m(self):
        return __class__
print(C3.__dict__['__class__'] if '__class__' in C3.__dict__ else None, C3().m())
class C4:
    def m(self):
        nonlocal_check = __class__
        __class__  # read
        return nonlocal_check
print(C4().m().__name__)
# class body assigning __classcell__ / __qualname__ weirdness
class C5:
    __qualname__ = 'X.Y'
    def m(self): pass
print(C5.__qualname__, C5.m.__qualname__)
# name lookups in class body: free var in function + global same name
x = 'global-x'
def g():
    x = 'local-x'
    class K:
        a = x
        x = 'class-x'
        b = x
        def m(self):
            return x
    return K
K = g()
print(K.a, K.b, K().m())
def g2():
    x = 'local-x'
    class K:
        global x
        a = x
    return K
print(g2().a)
def g3():
    x = 'local-x'
    class K:
        nonlocal x
        a = x
        x = 'from-class'
    return x
print(g3())
def g4():
    class K:
        a = y
    y = 'late'
    return K
e(lambda: g4().a)
def g5():
    class K:
        try:
            a = y
        except NameError as ex:
            a = str(ex)
    e(lambda: K)
    y = 1
    del y
    return K
print(g5().a)
def g6():
    y = 1
    class K:
        locals()['y'] = 'injected'
        a = y
    return K.a
print(g6())
def g7():
    y = 'cell'
    class K:
        exec("y = 'exec'")
        a = y
    return K.a
print(g7())
# class body in class body in function: which names visible
def g8():
    v = 'func'
    class Outer:
        v = 'outer'
        class Inner:
            w = v
        def m(self):
            class I2:
                z = v
            return I2.z
    return Outer.Inner.w, Outer().m()
print(g8())
# comprehension in class body: first iterable in class scope
class CB:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    factor = 10
    try:
        scaled = [i * factor for i in items]
    except NameError as ex:
        scaled = str(ex)
    pairs = {i: j for i in items for j in [i]}
    try:
        nested = [[k for k in items] for _ in range(1)]
    except NameError as ex:
        nested = str(ex)
    gen = list(x for x in items)
    lam = (lambda: factor)
print(CB.doubled, CB.scaled, CB.pairs, CB.nested, CB.gen)
e(CB.lam)
# decorators and bases evaluated in enclosing scope
def deco_maker():
    tag = 'T'
    def deco(cls):
        cls.tag = tag
        return cls
    base = object
    @deco
    class Z(base):
        tag2 = tag
    return Z
Z = deco_maker(); print(Z.tag, Z.tag2)
# keyword args to class / metaclass evaluated in enclosing scope
