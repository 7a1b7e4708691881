# isinstance / issubclass against typing unions whose members are typing aliases.
import typing

checks = [
    typing.List | typing.Tuple,
    typing.Union[int, str],
    typing.Optional[int],
    typing.Union[typing.Dict, None],
    typing.Union[typing.Sequence, typing.Mapping],
    typing.Union[typing.List[int], str],
]
for u in checks:
    row = []
    for v in [[], (), {}, None, 3, "s"]:
        try:
            row.append(isinstance(v, u))
        except TypeError as e:
            row.append("TypeError: " + str(e))
    print(u, row)

print(issubclass(bool, typing.Union[int, str]))
print(issubclass(list, typing.Union[typing.Sequence, int]))
print(issubclass(dict, typing.List | typing.Tuple))


def describe(x):
    if isinstance(x, typing.List | typing.Tuple):
        return "sequence of %d" % len(x)
    if isinstance(x, typing.Optional[typing.Dict]):
        return "mapping or nothing"
    return "other"


for x in ([1, 2], (1,), {"a": 1}, None, 4.5):
    print(describe(x))
