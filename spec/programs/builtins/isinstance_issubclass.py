# isinstance and issubclass with classes, tuples and nested tuples.
class A: pass
class B(A): pass
class C: pass


b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, (C, (int, B))), isinstance(b, ()))
print(issubclass(B, A), issubclass(B, (C,)), issubclass(A, B), issubclass(A, A), issubclass(B, object))
print(isinstance(1, (int, float)), isinstance(1.0, int), isinstance(True, int), isinstance(None, type(None)))
print(isinstance(int, type), isinstance(type, type), isinstance(type, object), issubclass(type, object))
print(isinstance('s', str | int), isinstance(1.5, int | str), issubclass(bool, int | None))
print(isinstance([], list), isinstance({}, dict), isinstance((), tuple), isinstance(set(), frozenset))
try:
    isinstance(b, [A])
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(b, A)
except TypeError as e:
    print(type(e).__name__, e)
print(type(b) is B, type(b) == A, type(int | str).__name__)
