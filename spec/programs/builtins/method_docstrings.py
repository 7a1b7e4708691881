# The docstrings of builtin types' methods (method_descriptor, slot wrapper, classmethod and
# static methods, a type's __new__), unbound and bound, as CPython's.
for t in (int, float, complex, bool, str, bytes, bytearray, list, tuple, dict, set, frozenset, range, slice, object, memoryview):
    for name in sorted(dir(t)):
        if name.startswith("_"):
            continue
        attr = getattr(t, name)
        if callable(attr):
            print(f"{t.__name__}.{name}: {attr.__doc__!r}")
print([].append.__doc__)
print("abc".upper.__doc__)
print((1).__add__.__doc__)
print({}.get.__doc__ == dict.get.__doc__)
for name in ("__add__", "__len__", "__getitem__", "__contains__", "__iter__", "__repr__", "__eq__", "__hash__", "__init__", "__new__", "__init_subclass__", "__subclasshook__", "__format__", "__reduce__", "__reduce_ex__"):
    for t in (object, int, str, list, dict, BaseException, ValueError):
        attr = getattr(t, name, None)
        if attr is not None:
            print(t.__name__, name, repr(attr.__doc__))
print(str.maketrans.__doc__.splitlines()[0])
print(dict.fromkeys.__doc__)
print(int.from_bytes.__doc__.splitlines()[0])
print(BaseException.with_traceback.__doc__)
print(BaseException.add_note.__doc__)
