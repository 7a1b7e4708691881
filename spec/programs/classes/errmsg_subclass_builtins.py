# Operations on instances of builtin subclasses: result types, reprs and error messages.
import copy
class I(int):
    def __repr__(self): return f"I({int(self)})"
class F(float): pass
class S(str): pass
class L(list): pass
class D(dict): pass
class T(tuple): pass
class St(set): pass
class By(bytes): pass
class BA(bytearray): pass
class Dm(dict):
    def __missing__(self, k): return k * 2

VALS = ['I(3)', 'F(2.5)', "S('ab')", 'L([1, 2])', "D(a=1)", 'T((1, 2))', 'St({1})', "By(b'xy')", "BA(b'xy')", 'Dm()']
OPS = ['x + x', 'x * 2', '2 * x', '-x', 'x[0]', 'x[:1]', 'x == x', 'len(x)', 'hash(x) == hash(x)', 'str(x)',
       'repr(x)', 'x.copy()', 'list(x)', 'bool(x)', 'x | x', 'x & x', 'abs(x)', 'x // 2', 'x % 2', 'x ** 2',
       'round(x)', 'int(x)', 'float(x)', 'sorted(x)', 'x.upper()', 'x + "c"', 'x + 1', 'x * 0', 'x[5]', 'x["z"]',
       'copy.copy(x)', 'format(x)', '"%s" % (x,)', 'f"{x!r}"', 'divmod(x, 2)', 'x.conjugate()', 'x.real',
       'x.count(1)', 'x.index(1)', 'type(iter(x)).__name__', 'max(x)', 'sum(x)', 'tuple(x)', 'x.split("a")',
       'x.join(["1", "2"])', 'x.fromkeys([1])', 'x.__add__(x)', 'type(x)(x)', 'type(x)()', 'x.__dict__',
       'isinstance(x, type(x).__bases__[0])', 'x.__class__.__name__']
for v in VALS:
    for op in OPS:
        try:
            x = eval(v)
            r = eval(op)
            print(v, op, '->', type(r).__name__, repr(r)[:80])
        except Exception as e:
            print(v, op, '!!', type(e).__name__, e)
x = BA(b'a')
try:
    x += 'c'
except TypeError as e:
    print(e)
