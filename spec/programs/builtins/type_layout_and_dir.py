# dir() of builtin types and the layout attributes of type (__basicsize__ & co).
import sys
def gen(): yield 1
class C: pass
def f(): pass
objs = [object, type, int, bool, float, complex, str, bytes, bytearray, list, tuple, dict, set, frozenset, range, slice,
        memoryview, property, super, enumerate, map, filter,
        type(None), type(Ellipsis), BaseException, Exception, KeyError, StopIteration, OSError,
        SyntaxError, UnicodeDecodeError, type(gen()), type(f), type(len), type([].append), type(C().__init__),
        C, type(sys), type({}.keys()), type({}.values()), type({}.items())]
for o in objs:
    d = dir(o)
    print(o.__name__, len(d), d)

class D(int): pass
class S: __slots__ = ('a',)
class E(C): pass
class F(S): pass
class G(Exception): pass
class H(list): pass
for t in [object, type, int, bool, float, str, list, dict, set, KeyError, C, D, S, E, F, G, H, type(None)]:
    print(t.__name__, t.__basicsize__, t.__itemsize__, t.__dictoffset__, t.__weakrefoffset__, hex(t.__flags__ & ~(1 << 19)))  # (bit 19: a method cache tag)
print(bool(int.__flags__ & (1 << 24)), bool(D.__flags__ & (1 << 24)), bool(C.__flags__ & (1 << 9)), bool(list.__flags__ & (1 << 9)))
for name in ('__basicsize__', '__flags__'):
    try:
        setattr(int, name, 1)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__)
