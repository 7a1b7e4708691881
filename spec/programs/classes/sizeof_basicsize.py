import sys
class A: pass
class S: __slots__=('a','b')
class E(Exception): pass
class F: __slots__ = ()
for v in [A(), S(), E(), object(), F(), ValueError()]:
  print(type(v).__name__, v.__sizeof__(), sys.getsizeof(v))
