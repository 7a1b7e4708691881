# type.__base__ is the base that gives the instance layout (a builtin, or a class adding
# __slots__), not simply the first base; type() refuses a name with a NUL character.
class Plain:
    pass

class MyDict(dict):
    pass

class Slotted:
    __slots__ = ('a',)

class SlottedChild(Slotted):
    pass

cases = [(Plain, int), (int, Plain), (Plain,), (Plain, MyDict), (MyDict, Plain), (Plain, Slotted),
         (Plain, SlottedChild), (), (Plain, Exception), (Plain, KeyError), (Plain, list, )]
for bases in cases:
    C = type('C', bases, {})
    print([b.__name__ for b in bases], '->', C.__base__.__name__)

class Mixed(Plain, str):
    pass
print(Mixed.__base__.__name__, Mixed.__bases__ == (Plain, str))
print(int.__base__, bool.__base__, object.__base__, type.__base__, KeyError.__base__, OSError.__base__)

for name in ('A\x00B', '', '42', 'B.A', '\xc4'):
    try:
        T = type(name, (), {})
        print(repr(T.__name__), repr(T.__qualname__))
    except ValueError as e:
        print('ValueError', e)
