# A builtin sequence's concatenation is CPython's sq_concat: used for the left operand only.
# A subclass whose __add__ returns NotImplemented gets a TypeError for `C() + seq`, not the
# right operand's concatenation; `*` may still repeat from either side.
for base, other in ((bytearray, b'x'), (bytes, b'x'), (list, [1]), (tuple, (1,)), (str, 'x'),
                    (bytearray, bytearray(b'y')), (bytes, bytearray(b'y')), (list, []), (str, '')):
    class C(base):
        def __add__(self, o):
            return NotImplemented
        def __mul__(self, o):
            return NotImplemented
    for expr in ['C() + other', 'other + C()', 'C() * 2', '2 * C()', 'C() + C()']:
        try:
            r = eval(expr)
            print(base.__name__, expr, type(r).__name__, repr(r))
        except TypeError as ex:
            print(base.__name__, expr, 'TypeError', ex)
    x = C()
    try:
        x += other
        print('+=', type(x).__name__, repr(x))
    except TypeError as ex:
        print('+=', 'TypeError', ex)

class RA(list):
    def __radd__(self, o):
        return 'RA.radd'

print(RA([1]) + [2], [2] + RA([1]), type(RA([1]) + RA([2])).__name__)

class Plain(tuple):
    pass

print(Plain((1,)) + (2,), (2,) + Plain((1,)), type(Plain() + Plain()).__name__)
for bad in ['[1] + (2,)', '(1,) + [2]', "'a' + b'b'", "b'a' + 'b'", '1 + [1]', '[1] + 1']:
    try:
        eval(bad)
    except TypeError as ex:
        print(bad, ex)
