# Name resolution in class bodies nested in functions: class-local names first, then the
# enclosing function's cells (CPython's LOAD_CLASSDEREF), then globals; comprehensions and
# methods skip the class scope; del and nonlocal/global declarations in class bodies; a
# metaclass __prepare__ namespace.

x = 'global x'
y = 'global y'
def f():
    x = 'f x'
    y = 'f y'
    class C:
        print('1', x)
        x = 'class x'
        print('2', x)
        print('3', y)
        lst = [x for _ in range(1)]
        lst2 = [y for y in 'ab']
        def m(self):
            return x, y
        z = lambda: x
        t = (lambda q=x: q)()
    print(C.x, C.lst, C.lst2, C().m(), C.z(), C.t)
    return C
f()
def f2():
    class C:
        print('a', x)
        x = 1
        del x
        print('b', x)
    return C
f2()
def f3():
    class C:
        try:
            print(x)
        except NameError as e:
            print(type(e).__name__, e)
        x = 1
    x = 2
    return C
f3()
def f4():
    class C:
        del x
    x = 2
f4.__name__
try:
    f4()
except NameError as e:
    print(type(e).__name__, e)
def f5():
    class C:
        print(x)
    x = 2
    del x
    return C
try:
    f5()
except NameError as e:
    print(type(e).__name__, e)
def f6():
    def g():
        return x
    try:
        g()
    except NameError as e:
        print(type(e).__name__, e)
    x = 1
    print(g())
    del x
    try:
        g()
    except NameError as e:
        print(type(e).__name__, e)
    try:
        print(x)
    except NameError as e:
        print(type(e).__name__, e)
    try:
        del x
    except NameError as e:
        print(type(e).__name__, e)
f6()
def f7():
    try:
        print(q)
    except NameError as e:
        print(type(e).__name__, e)
    try:
        del q
    except NameError as e:
        print(type(e).__name__, e)
    q = 1
f7()
try:
    del undefined_glob
except NameError as e:
    print(type(e).__name__, e)
class D:
    try:
        del nothere
    except NameError as e:
        print(type(e).__name__, e)
    try:
        nothere
    except NameError as e:
        print(type(e).__name__, e)
def f8():
    x = 1
    class C:
        nonlocal x
        x = 2
    print(x)
f8()
def f9():
    class C:
        global y
        y = 'set by C'
    print(y)
f9()
print(y)
def f10():
    class C:
        __x = 5
        def m(self):
            return self.__x, __x
    __x = 'outer mangled?'
    try:
        print(C().m())
    except NameError as e:
        print(type(e).__name__, e)
f10()
def f11():
    a = 1
    class C:
        a = 2
        class D:
            print('D sees', a)
    return C
f11()
def f12():
    class C:
        locals()['w'] = 5
        print(w)
    return C
try:
    f12()
except NameError as e:
    print(type(e).__name__, e)
class Meta(type):
    @classmethod
    def __prepare__(m, name, bases):
        print('prepare', name)
        return {'injected': 42}
def f13():
    injected = 'closure'
    class C(metaclass=Meta):
        print(injected)
        def g(self):
            return injected
    print(C().g())
f13()
class Ns(dict):
    def __missing__(self, k):
        return 'missing ' + k
