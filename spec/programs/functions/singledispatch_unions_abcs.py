# functools.singledispatch: union annotations and register(A | B), abstract base classes in
# dispatch, registry, and the registration errors.
import collections.abc as cabc
import functools
import typing


@functools.singledispatch
def describe(x):
    return "default"


@describe.register
def _(x: int | str):
    return "int or str"


@describe.register(list | tuple)
def _(x):
    return "list or tuple"


@describe.register
def _(x: typing.Union[float, None]):
    return "float or None"


@describe.register(cabc.Mapping)
def _(x):
    return "mapping"


@describe.register(cabc.Iterable)
def _(x):
    return "iterable"


class Bag:
    def __iter__(self):
        return iter(())


class Later:
    pass


for v in (1, "s", [1], (2,), 1.5, None, {}, {1}, Bag(), Later(), True, b"x", range(3)):
    print(type(v).__name__, describe(v))

cabc.Iterable.register(Later)
print("after register:", describe(Later()))
print(sorted(k.__name__ for k in describe.registry))
print(describe.dispatch(dict) is describe.registry[cabc.Mapping])

for bad in (lambda: describe.register(typing.List[int], lambda x: 0),
            lambda: describe.register(lambda x: 0)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", str(e)[:60])


def annotated(x: typing.List[int]):
    return 0


def mixed(x: typing.Union[int, typing.List[int]]):
    return 0


for fn in (annotated, mixed):
    try:
        describe.register(fn)
    except TypeError as e:
        print("TypeError:", e)
try:
    describe()
except TypeError as e:
    print("TypeError:", e)


class Shape:
    @functools.singledispatchmethod
    def area(self, arg):
        return "unknown"

    @area.register
    def _(self, arg: int | float):
        return "number %r" % arg


print(Shape().area(3), Shape().area(2.5), Shape().area("x"))
