class Log:
    def __init__(self, name, suppress=()):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return et is not None and issubclass(et, self.suppress)
with Log("a") as A, Log("b", (KeyError,)) as B:
    print("body", A, B)
    raise KeyError("kk")
print("after")
try:
    with Log("outer", (ValueError,)):
        with Log("inner"):
            raise TypeError("t")
except TypeError as e:
    print("escaped", e)
def f():
    with Log("ret"):
        return "value"
print(f())
for i in range(2):
    with Log(f"loop{i}"):
        if i == 0:
            continue
        break
class Bad:
    def __enter__(self):
        return self
try:
    with Bad():
        pass
except TypeError as e:
    print(e)
try:
    with 5:
        pass
except TypeError as e:
    print(e)
class EnterFails:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit should not run")
try:
    with EnterFails():
        print("not here")
except RuntimeError as e:
    print(e)
