def f():
    raise ValueError("inner")
def g():
    try:
        f()
    except ValueError as e:
        raise TypeError("ctx") from e
excs = []
for i in range(2):
    try:
        g()
    except TypeError as e:
        excs.append(e)
try:
    raise KeyError("pre")
except KeyError:
    raise ExceptionGroup("outer", [ExceptionGroup("nested", [OSError("o"), *excs]), RuntimeError("r")])
