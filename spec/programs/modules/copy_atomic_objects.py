# copy.copy / copy.deepcopy hand back immutable and function-like objects themselves.
import abc
import copy


class Plain:
    pass


class WithMeta(metaclass=abc.ABCMeta):
    pass


def func():
    return 1


objects = [None, ..., NotImplemented, 42, 2**100, 3.14, True, 1j, "text", b"bytes",
           range(5), Plain, WithMeta, max, len, func, func.__code__, property(), type,
           frozenset([1, 2]), (1, 2), slice(1, 2)]
for x in objects:
    print(type(x).__name__, copy.copy(x) is x, copy.deepcopy(x) is x)
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy(t) == t)
