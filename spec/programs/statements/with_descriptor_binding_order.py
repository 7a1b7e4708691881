# with / async with bind __enter__ and then __exit__ (descriptors' __get__ run in that order)
# before __enter__ is called, as CPython's _PyObject_LookupSpecial does; staticmethods and
# plain functions behave as usual.


class Desc:
    def __init__(self, name, is_async=False):
        self.name = name
        self.is_async = is_async

    def __get__(self, obj, typ):
        print("get", self.name, type(obj).__name__)
        name = self.name
        if self.is_async:
            async def method(*args):
                print("call", name, len(args))
                return False
            return method

        def method(*args):
            print("call", name, len(args))
            return name == "exit-suppress"
        return method


class CM:
    __enter__ = Desc("enter")
    __exit__ = Desc("exit")


class Suppress:
    __enter__ = Desc("enter")
    __exit__ = Desc("exit-suppress")


class Static:
    @staticmethod
    def __enter__():
        print("static enter")
        return "S"

    @staticmethod
    def __exit__(*args):
        print("static exit", args[0].__name__ if args[0] else None)
        return True


with CM() as v:
    print("body", v)
with Suppress():
    raise ValueError("suppressed")
print("after suppress")
with Static() as s, CM():
    print("body", s)
    raise KeyError("k")
print("after static")


class ACM:
    __aenter__ = Desc("aenter", True)
    __aexit__ = Desc("aexit", True)


async def main():
    async with ACM() as v:
        print("async body", v)
    return "done"


co = main()
try:
    co.send(None)
except StopIteration as e:
    print(e.value)
