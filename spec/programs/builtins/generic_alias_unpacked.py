# Iterating a GenericAlias gives one item, the alias unpacked (PEP 646, 3.11): [*list[int]],
# tuple[int, *tuple[str, ...]], its repr, __unpacked__, __typing_unpacked_tuple_args__, equality.
a = list[int]
for f in [lambda: list(a), lambda: [*a], lambda: repr(next(iter(a))), lambda: next(iter(a)).__unpacked__ if hasattr(next(iter(a)), '__unpacked__') else 'no', lambda: tuple[*a], lambda: repr(tuple[int, *tuple[str, ...]])]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
s = next(iter(tuple[int, ...]))
for f in [lambda: s, lambda: s.__unpacked__, lambda: s.__typing_unpacked_tuple_args__, lambda: tuple[int].__typing_unpacked_tuple_args__, lambda: next(iter(list[int])).__typing_unpacked_tuple_args__,
          lambda: s == tuple[int, ...], lambda: s == next(iter(tuple[int, ...])), lambda: s.__origin__, lambda: s.__args__, lambda: list[int].__unpacked__, lambda: dict[str, *tuple[int]]]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
