def f():
    "doc"
    return 1
s = staticmethod(f)
c = classmethod(f)
print(s.__name__, s.__doc__, s.__wrapped__ is f, s.__qualname__, s.__module__)
print(c.__name__, c.__doc__, c.__wrapped__ is f)
print(s.__dict__, c.__dict__)
s.extra = 5
print(s.extra, s.__dict__)
print(s(), callable(s), s.__func__ is f, c.__func__ is f)
print(s.__isabstractmethod__, property().__isabstractmethod__)
print(bool(NotImplemented), not NotImplemented, "__bool__" in type(NotImplemented).__dict__)
