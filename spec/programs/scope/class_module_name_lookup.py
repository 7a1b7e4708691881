# A class body starts with `__module__ = __name__`, a LOAD_NAME: the class namespace, then the
# globals, then the builtins (whose dict has __name__ == 'builtins'). When none of them has
# __name__, CPython raises NameError from the class body; the tree-walker silently left
# __module__ out of the namespace (and then failed later with AttributeError).
import builtins


def T(f):
    try:
        return f()
    except BaseException as e:
        return type(e).__name__ + ': ' + str(e)


BC = builtins.__build_class__
src = "class C: pass\nout.append(C.__module__)"
out = []
exec(src, {'out': out})
exec(src, {'out': out, '__name__': 'mine'})
exec(src, {'out': out, '__builtins__': {'__build_class__': BC, '__name__': 'from-builtins'}})
print(out)
print(T(lambda: exec(src, {'out': out, '__builtins__': {'__build_class__': BC}})))
print(T(lambda: exec("class C:\n    x = 1\n", {'__builtins__': {'__build_class__': BC}})))
print(T(lambda: exec("def f():\n    class C: pass\n    return C\nf()", {'__builtins__': {'__build_class__': BC}})))


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return {'__name__': 'from-namespace'}


g = {'__builtins__': {'__build_class__': BC}, 'Meta': Meta}
exec("class C(metaclass=Meta): pass", g)
print(g['C'].__module__, g['C'].__qualname__)

trace = []


class Traced(dict):
    def __setitem__(self, k, v):
        trace.append(k)
        dict.__setitem__(self, k, v)


class Meta2(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Traced()


print(T(lambda: exec("class C(metaclass=Meta2):\n    'doc'\n    y = 2\n", {'__builtins__': {'__build_class__': BC}, 'Meta2': Meta2})), trace)
trace.clear()
exec("class C(metaclass=Meta2):\n    'doc'\n    y = 2\n", {'Meta2': Meta2})
print(trace)
