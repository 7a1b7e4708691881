# The names the site module adds to builtins (exit, quit, copyright, credits, license, help) and
# builtins.__build_class__: the builtins namespace has CPython's 157 names, the printers print
# their text, and a class statement looks __build_class__ up in the builtins each time.
import builtins
print(len(dir(builtins)), [n for n in dir(builtins) if n[0].islower()][-12:])
print(type(exit), type(copyright), type(help), type(exit).__module__, type(help).__name__)
print(repr(copyright).splitlines()[0], len(repr(copyright)))
print(credits)
copyright()
credits()
print(license)
print(help)
print(builtins.__build_class__, builtins.__build_class__.__doc__.splitlines()[0])
X = builtins.__build_class__(lambda: None, 'X')
print(X, X.__module__, sorted(k for k in X.__dict__ if not k.startswith('__')))
class M(type):
    pass
Y = __build_class__(lambda: None, 'Y', int, metaclass=M)
print(type(Y), Y.__mro__, Y(5) + 1)
for args in [(1, 'a'), (lambda: 0, 2), (lambda: 0,)]:
    try:
        __build_class__(*args)
    except TypeError as e:
        print('TypeError', e)
orig = builtins.__build_class__
del builtins.__build_class__
try:
    class B(print('bases not evaluated') or object):
        pass
except NameError as e:
    print('NameError', e)
builtins.__build_class__ = orig
class C(X):
    x = 1
print(C.x, C.__mro__)
