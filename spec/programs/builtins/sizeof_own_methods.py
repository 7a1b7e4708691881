# The builtin types with their own __sizeof__ name themselves in its argument errors, and
# their descriptors refuse other receivers; classes inheriting one behave the same.
import collections

for t in [object, int, bool, float, str, bytes, bytearray, list, tuple, dict, set, frozenset, type,
          collections.deque]:
    print(t.__name__, '__sizeof__' in t.__dict__, t.__sizeof__.__qualname__)

for v in [1, True, 1.5, 'a', b'a', bytearray(b'ab'), [1], (1,), {1: 2}, {1}, frozenset(),
          collections.deque([1]), int]:
    for call in (lambda: v.__sizeof__(1), lambda: v.__sizeof__(x=1), lambda: v.__sizeof__(1, 2)):
        try:
            call()
        except TypeError as e:
            print(type(v).__name__, e)

for owner, other in [(int, 1.5), (list, ()), (dict, []), (set, frozenset()), (bytearray, b'x'),
                     (int, int), (type, 3)]:
    try:
        owner.__sizeof__(other)
    except TypeError as e:
        print(e)

print(int.__sizeof__(True) == True.__sizeof__(), set.__sizeof__(set()) == set().__sizeof__())
print(object.__sizeof__(5) >= 0, list.__sizeof__([]) > 0)

class MyList(list):
    pass

class MyInt(int):
    def __sizeof__(self):
        return 1000

print(MyList.__sizeof__ is list.__sizeof__, isinstance(MyList([1]).__sizeof__(), int))
print(MyInt(3).__sizeof__(), int.__sizeof__(MyInt(3)) == (3).__sizeof__())

# Methods of builtin types living in modules are qualified by the type's __qualname__, not
# by its dotted tp_name (which the descriptor's repr and type checks still use).
import itertools

class D(collections.deque):
    pass

print(collections.deque.append.__qualname__, collections.deque().append.__qualname__,
      D().append.__qualname__, itertools.chain.from_iterable.__qualname__,
      collections.deque.maxlen.__qualname__, repr(collections.deque.append))
for call in (lambda: collections.deque.append(), lambda: D().append(), lambda: D().rotate(1, 2),
             lambda: collections.deque.__dict__['append']([], 1)):
    try:
        call()
    except TypeError as e:
        print(e)
