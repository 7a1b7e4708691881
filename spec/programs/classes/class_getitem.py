# __class_getitem__ makes Class[...] work; builtin generics produce aliases.
class Box:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item!r}]'


print(Box[int])
print(Box['x', 1])
alias = list[int]
print(alias, type(alias).__name__, alias.__origin__, alias.__args__)
print(dict[str, list[int]])
print(list[int]([1, 2]))
try:
    int[str]
except TypeError as e:
    print(type(e).__name__, e)
try:
    Box()[0]
except TypeError as e:
    print(type(e).__name__, e)
