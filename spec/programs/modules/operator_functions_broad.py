import operator as op

def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

# every public function is reachable and its dunder alias is the same object
names = [n for n in op.__all__]
print(len(names), names == sorted(names))
dunders = sorted(n for n in dir(op) if n.startswith('__') and n.endswith('__') and callable(getattr(op, n)))
print(dunders)
for d in dunders:
    base = d[2:-2]
    target = getattr(op, base, None) or getattr(op, base + '_', None)
    print(d, target is getattr(op, d))

for name in ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift', 'and_', 'or_', 'xor',
             'lt', 'le', 'eq', 'ne', 'ge', 'gt', 'is_', 'is_not']:
    show(name, getattr(op, name), 12, 5)
for name in ['neg', 'pos', 'abs', 'inv', 'invert', 'not_', 'truth', 'index']:
    show(name, getattr(op, name), -7)
show('truediv0', op.truediv, 1, 0)
show('add_bad', op.add, 1, 'a')

# in-place functions on mutable and immutable left operands
for name, a, b in [('iadd', [1], [2]), ('iadd', 1, 2), ('isub', {1, 2}, {2}), ('imul', [0], 3), ('imul', 'ab', 2),
                   ('itruediv', 7, 2), ('ifloordiv', 7, 2), ('imod', 7, 3), ('ipow', 2, 10), ('ilshift', 1, 5),
                   ('irshift', 64, 2), ('iand', {1, 2}, {2, 3}), ('ior', {1}, {2}), ('ixor', 6, 3), ('iconcat', [1], (2, 3)),
                   ('iadd', 1, 'x'), ('imatmul', 1, 2), ('ior', {'a': 1}, {'b': 2})]:
    x = a
    show(name, getattr(op, name), x, b)
    if isinstance(a, (list, set, dict)):
        print('  same object:', getattr(op, name)(a, b) is a)

class Vec:
    def __init__(self, v): self.v = v
    def __matmul__(self, o): return ('matmul', self.v, o.v)
    def __imatmul__(self, o): self.v = self.v * o.v; return self
    def __repr__(self): return f'Vec({self.v})'
show('matmul', op.matmul, Vec(2), Vec(3))
show('imatmul', op.imatmul, Vec(2), Vec(3))

# sequence helpers
show('concat', op.concat, [1], [2])
show('concat_str', op.concat, 'ab', 'cd')
show('concat_tuple_bad', op.concat, (1,), [2])
show('concat_int', op.concat, 1, 2)
show('concat_dict', op.concat, {}, {})
show('iconcat_dict', op.iconcat, {}, {})
show('iconcat_str', op.iconcat, 'a', 'b')
class Seq:
    def __getitem__(self, i): return i
    def __add__(self, o): return 'Seq+'
show('concat_seq', op.concat, Seq(), Seq())
show('concat_seq_int', op.concat, Seq(), 3)
show('contains', op.contains, [1, 2], 2)
show('contains_str', op.contains, 'abc', 'bc')
show('contains_bad', op.contains, 3, 1)
show('countOf', op.countOf, [1, 1.0, True, 2, 'x'], 1)
show('countOf_gen', op.countOf, (c for c in 'banana'), 'a')
show('countOf_bad', op.countOf, 5, 1)
show('indexOf', op.indexOf, 'hello', 'l')
show('indexOf_missing', op.indexOf, [1, 2], 9)
show('indexOf_bad', op.indexOf, None, 1)
nan = float('nan')
show('countOf_nan', op.countOf, [nan, nan, 1], nan)
show('indexOf_nan', op.indexOf, [1, nan], nan)
d = {'a': 1}
op.setitem(d, 'b', 2); print(d)
op.delitem(d, 'a'); print(d)
show('delitem_missing', op.delitem, d, 'zz')
lst = list(range(6))
op.setitem(lst, slice(1, 3), ['x']); print(lst)
op.delitem(lst, slice(None, None, 2)); print(lst)
show('getitem_slice', op.getitem, 'abcdef', slice(1, 4))
show('getitem_missing', op.getitem, {}, 'k')

# index
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
class SubInt(int):
    def __index__(self): return 42
show('index_obj', op.index, Idx(7))
show('index_bad_result', op.index, Idx('no'))
show('index_float', op.index, 2.5)
show('index_str', op.index, '3')
show('index_bool', op.index, True)
show('index_subint', op.index, SubInt(3))
print(type(op.index(SubInt(3))).__name__)
show('index_big', op.index, 2 ** 100)

# length_hint
class Hint:
    def __init__(self, v): self.v = v
    def __length_hint__(self): return self.v
class LenBad:
    def __len__(self): raise TypeError('nope')
    def __length_hint__(self): return 11
class LenErr:
    def __len__(self): raise KeyError('boom')
show('lh_list', op.length_hint, [1, 2, 3])
show('lh_iter', op.length_hint, iter(range(10)))
show('lh_obj_default', op.length_hint, object(), 5)
show('lh_hint', op.length_hint, Hint(4))
show('lh_notimpl', op.length_hint, Hint(NotImplemented), 9)
show('lh_neg', op.length_hint, Hint(-2))
show('lh_float', op.length_hint, Hint(2.0))
show('lh_big', op.length_hint, Hint(2 ** 70))
show('lh_bool', op.length_hint, Hint(True))
show('lh_lenbad', op.length_hint, LenBad())
show('lh_lenerr', op.length_hint, LenErr())
show('lh_default_bad', op.length_hint, [], 'x')
show('lh_default_float', op.length_hint, object(), 1.5)

# call
show('call', op.call, max, 3, 9, 4)
show('call_kw', op.call, sorted, [3, 1, 2], reverse=True)
show('call_obj_kw', op.call, dict, obj=1)

# getters
ig = op.itemgetter(1)
ig2 = op.itemgetter(0, 2, -1)
igk = op.itemgetter('name')
print(ig('abc'), ig2('abcdef'), igk({'name': 'n'}), repr(ig), repr(ig2), repr(igk))
show('itemgetter_err', ig, [])
show('itemgetter_noargs', op.itemgetter)
ag = op.attrgetter('real')
ag2 = op.attrgetter('real', 'imag', '__class__.__name__')
print(ag(3 + 4j), ag2(3 + 4j), repr(ag), repr(ag2))
show('attrgetter_bad', op.attrgetter, 5)
show('attrgetter_missing', op.attrgetter('nope'), 1)
mc = op.methodcaller('split', ',', maxsplit=1)
print(mc('a,b,c'), repr(mc), repr(op.methodcaller('upper')))
show('methodcaller_bad', op.methodcaller, 3)
print(sorted([('b', 2), ('a', 3), ('c', 1)], key=op.itemgetter(1)))
print(list(map(op.mul, [1, 2, 3], [4, 5, 6])))
import functools
print(functools.reduce(op.add, range(10)), functools.reduce(op.iconcat, [[1], [2], [3]], []))
print(op.iadd.__name__, op.concat.__name__, op.length_hint.__name__)
