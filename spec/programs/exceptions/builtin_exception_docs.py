# The builtin exception types' docstrings (and object's) are CPython's; a subclass without a
# docstring has None; inspect.getdoc finds the inherited one.
import builtins
import inspect

for name, value in vars(builtins).items():
    if isinstance(value, type) and issubclass(value, BaseException):
        print(name, repr(value.__doc__))


class AppError(ValueError):
    pass


class Documented(KeyError):
    """Mine."""


print(AppError.__doc__, Documented.__doc__, AppError("x").__doc__)
print(inspect.getdoc(AppError), inspect.getdoc(Documented), inspect.getdoc(OSError))
print(KeyError("k").__doc__, StopIteration().__doc__)
print(object.__doc__)
print(repr(object().__doc__[:8]), '__doc__' in ValueError.__dict__)
