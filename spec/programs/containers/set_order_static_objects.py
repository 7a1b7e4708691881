# A set of builtin types, exception classes or None prints in the order CPython's hash table
# gives it: the default hash is id >> 4, and these objects are static in CPython, so their
# ids' low bits (and the order) are the same on every run.
values = [1, "a", 2.0, None, [], (), {}, b"", True]
print({type(v) for v in values})
print({int, str, float, dict})
print({ValueError, TypeError, KeyError, IndexError, ZeroDivisionError})
print({None, 0, 1, 2, 3, 4, 5, 6})
print(set([3, None, 1]))
print({NotImplemented, Ellipsis, None})
print({x.get("k") for x in [{"k": 1}, {}, {"k": 2}, {"k": 1}]})
print(frozenset({list, tuple, range}))
seen = set()
for v in values:
    seen.add(type(v))
print(len(seen), [t for t in seen if t is not type(None)][:3])
by_type = {}
for v in values:
    by_type.setdefault(type(v), []).append(v)
print(by_type.keys() & {int, float, complex})
print({None: "none", int: "int"} | {str: "str"})
