import types, typing
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__, e)
u = int | str
print(u, type(u).__name__, u.__args__, int | None, None | int, list[int] | dict[str, int], (int | str) | float, int | int, u == (str | int), hash(u) == hash(str | int), isinstance(u, types.UnionType))
print(isinstance(1, int | str), isinstance(1.5, int | str), issubclass(bool, int | str), isinstance(None, int | None), isinstance([], list | tuple))
t(lambda: int | 5); t(lambda: 5 | int); t(lambda: isinstance(1, list[int] | str)); t(lambda: isinstance(1, int | list[int])); t(lambda: issubclass(int, int | list[int]))
print(list[int], list[int].__origin__, list[int].__args__, dict[str, list[int]], tuple[int, ...], type(list[int]), list[int]() , list[int]([1, 2]), isinstance(list[int], types.GenericAlias), list[int] == list[int], list[int] == list[str])
t(lambda: isinstance([], list[int])); t(lambda: issubclass(list, list[int])); t(lambda: list[int][str]); t(lambda: int[str]); t(lambda: dict[int]); print(dict[int, str][()] if False else '')
print(typing.Optional[int], typing.Union[int, str], typing.Union[int], typing.Union[int, int], typing.List[int], typing.Optional[int] == (int | None), typing.get_args(int | str) if hasattr(typing, 'get_args') else '', typing.get_origin(list[int]))
def f(a: int | None = None, *, b: list[str]) -> dict[str, int] | None: pass
print(f.__annotations__)
class G(typing.Generic[typing.TypeVar('T')]): pass
print(G[int], G.__parameters__ if hasattr(G, '__parameters__') else '')
