# operator.concat / iconcat: types with a concatenation of their own use it (their error
# messages), other sequences are added with + and, when neither side knows how, the left
# operand "can't be concatenated"; a non-sequence operand is refused before any + is tried.
import operator


class Seq:
    def __init__(self, v):
        self.v = v

    def __getitem__(self, i):
        return self.v[i]

    def __add__(self, o):
        return Seq(self.v + list(o)) if isinstance(o, (list, Seq)) else NotImplemented

    def __iadd__(self, o):
        self.v.append('in-place')
        return self

    def __repr__(self):
        return f'Seq({self.v})'


class Right:
    def __getitem__(self, i):
        return i

    def __radd__(self, o):
        return 'Right.__radd__'


class AddOverride(list):
    def __add__(self, o):
        return 'AddOverride.__add__'


class IaddOverride(list):
    def __iadd__(self, o):
        return 'IaddOverride.__iadd__'


cases = [
    (range(2), 'a'), (range(1), range(1)), (memoryview(b'x'), b'y'), (memoryview(b'x'), [1]),
    (Seq([1]), [2]), (Seq([1]), 5), (Seq([1]), 'z'), ([1], (2,)), ('a', 1), ('a', 'b'),
    (b'a', bytearray(b'b')), (bytearray(b'a'), [98]), ((1,), [2]), (1, 2), ({1: 2}, [1]),
    ([1], {1: 2}), (range(1), Right()), (Seq([1]), Right()), (AddOverride([1]), [2]),
    (IaddOverride([1]), [2]), ([1], [2]),
]
for a, b in cases:
    for f in (operator.concat, operator.iconcat, operator.add):
        try:
            r = f(a, b)
            print(f.__name__, type(a).__name__, type(b).__name__, '->', repr(r))
        except TypeError as e:
            print(f.__name__, type(a).__name__, type(b).__name__, 'TypeError', e)
