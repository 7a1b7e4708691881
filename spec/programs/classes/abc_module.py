from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self): return f"{type(self).__name__} area={self.area()}"
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
class Partial(Shape):
    def area(self): return 1
try:
    Partial()
except TypeError as e:
    print("TypeError:", e)
class Square(Partial):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def perimeter(self): return 4 * self.s
sq = Square(3)
print(sq.describe(), sq.perimeter(), isinstance(sq, Shape), issubclass(Square, ABC), sorted(Shape.__abstractmethods__), Square.__abstractmethods__)
class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
try:
    Base()
except TypeError as e:
    print("TypeError:", e)
class Impl(Base):
    @property
    def name(self): return "impl"
    @classmethod
    def make(cls): return cls()
print(Impl.make().name)
class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if any("__len__" in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented
print(isinstance([], Sized), isinstance(1, Sized), issubclass(dict, Sized))
class Registered(ABC): pass
Registered.register(int)
print(isinstance(3, Registered), issubclass(bool, Registered), isinstance("x", Registered))
class One(ABC):
    @abstractmethod
    def only(self): pass
try:
    One()
except TypeError as e:
    print("TypeError:", e)
print(type(Shape).__name__, Shape.__mro__[1].__name__)
