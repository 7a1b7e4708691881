# repr and ascii of builtin values.
values = [None, True, 0, -5, 2.0, 1e100, 1j, 'str', b'bytes', bytearray(b'ba'), [1, 'a'], (1,), {'k': [1]},
          set(), frozenset(), {1}, range(3), slice(1, 2), Ellipsis, NotImplemented, int, len, type(None),
          [[]], {'é': 'ü'}]
for v in values:
    print(repr(v), ascii(v))
rec = [1]
rec.append(rec)
print(repr(rec))
d = {}
d['self'] = d
print(d)
