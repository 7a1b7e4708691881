def greet(name: str, greeting: str = "Hello", *rest, punct: str = "!", **extra) -> str:
    """Return a greeting."""
    local_v = 1
    return f"{greeting}, {name}{punct}"
print(greet.__name__, greet.__qualname__, greet.__doc__, greet.__defaults__, greet.__kwdefaults__)
print(greet.__annotations__)
c = greet.__code__
print(c.co_argcount, c.co_kwonlyargcount, c.co_posonlyargcount, c.co_varnames[:6], c.co_name)
greet.__defaults__ = ("Hi",)
print(greet("x"))
greet.custom = 5
print(greet.custom, greet.__dict__, greet.__module__)
def nodoc(): pass
print(nodoc.__doc__, nodoc(), type(nodoc).__name__, repr(nodoc.__defaults__))
class A:
    def meth(self): pass
    @staticmethod
    def st(): pass
print(A.meth.__qualname__, A.st.__qualname__, A().meth.__name__, A.__init__.__name__ if hasattr(A.__init__, '__name__') else '')
def rec(n):
    return 1 if n <= 1 else n * rec(n - 1)
print(rec(20), rec.__name__)
g = greet
del greet
print(g("y"), g.__name__)
