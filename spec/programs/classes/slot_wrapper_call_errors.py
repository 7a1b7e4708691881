# Errors from calling builtin slot wrappers (int.__add__) and method descriptors unbound.
for f in (lambda: int.__add__('a',1), lambda: int.__add__(), lambda: list.__len__(()), lambda: str.__getitem__(1, 0), lambda: int.__repr__('x'), lambda: object.__repr__(1)[:5], lambda: dict.__setitem__([], 1, 2), lambda: int.__dict__['__add__'].__get__('a'), lambda: str.upper(1), lambda: str.upper()):
  try: print(f())
  except TypeError as e: print(e)
