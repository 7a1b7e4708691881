# typing.Union/Optional compare equal to the matching `X | Y` union (types.UnionType), and a
# parameterized builtin generic cannot be subscripted again ("list[int] is not a generic class").
import typing
print(typing.Optional[int] == (int | None), (int | None) == typing.Optional[int], typing.Union[int, str] == (str | int))
print(typing.Union[int, str] == (int | float), typing.Union[int, str] != (int | str), typing.Optional[str] == str)
for f in [lambda: list[int][str], lambda: dict[str, int][int], lambda: tuple[int, ...][int], lambda: type[int][str]]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
