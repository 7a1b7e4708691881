# type() of values, type names, and type objects as callables.
values = [1, 1.0, 1j, 'x', b'x', True, None, [], (), {}, set(), frozenset(), range(1), len, print,
          type, object(), Exception(), iter([]), (x for x in ()), slice(1), ..., NotImplemented]
print([type(v).__name__ for v in values])
print(type(1)('5') + 1, type('')(123), type([])('ab'), type(None).__name__)
print(int.__name__, int.__qualname__, int.__module__, type.__module__)
print(type(type(1)), type(int) is type, type(object) is type)
print(str.__mro__, bool.__mro__)
print(list.__name__, [].__class__ is list, ().__class__.__name__)
