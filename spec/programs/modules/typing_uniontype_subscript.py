# types.UnionType subscription ((int | T)[str]) and typing.Union flattening an 'int | str'
import typing
T = typing.TypeVar("T"); S = typing.TypeVar("S")
def tryit(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)
tryit(lambda: (int | str)[int])
tryit(lambda: (int | T)[str])
tryit(lambda: (int | T)[int])
tryit(lambda: (list[T] | None)[int])
tryit(lambda: (T | S)[int, str])
tryit(lambda: (T | S)[int])
tryit(lambda: (int | T)[typing.List[int]])
tryit(lambda: (int | list[T])[T][str])
print((int | T).__parameters__, type(int | T))
print(typing.Union[int | str, float], typing.Optional[int | str], typing.Union[int, str] | None, int | typing.Optional[str])
print(type(typing.Union[int, str]).__name__)
