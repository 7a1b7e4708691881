# Names in import statements are private-name mangled like other names in a class body and
# the functions in it: `from m import __x` reads m._C__x and binds _C__x; the fromlist that
# __import__ receives keeps the written names; outside classes nothing is mangled.
import builtins

seen = []
real_import = builtins.__import__


def spy(name, globals=None, locals=None, fromlist=(), level=0):
    if name.startswith('import_mangled'):
        seen.append((name, fromlist))
    return real_import(name, globals, locals, fromlist, level)


builtins.__import__ = spy


class C:
    from import_mangled_pkg import __secret

    def m(self):
        from import_mangled_pkg import __secret as s
        return s

    def m2(self):
        try:
            from import_mangled_pkg import __missing
        except ImportError as e:
            return str(e).split(' (')[0]

    def m3(self):
        from import_mangled_pkg import __value
        return __value, sorted(locals())

    class Inner:
        from import_mangled_pkg import __deep


print(sorted(k for k in vars(C) if 'secret' in k))
print(C._C__secret, C().m(), C().m2(), C().m3(), C.Inner._Inner__deep)
print(C.m3.__code__.co_varnames)
from import_mangled_pkg import __secret
print(__secret)


def f():
    from import_mangled_pkg import __secret
    return __secret


print(f())
builtins.__import__ = real_import
print(seen)
