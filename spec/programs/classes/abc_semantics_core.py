# ABC creation, abstract method enforcement, register, __subclasshook__, caches across register.
import abc
from abc import ABC, ABCMeta, abstractmethod, abstractproperty, abstractclassmethod, abstractstaticmethod


class Shape(ABC):
    @abstractmethod
    def area(self): ...

    @abstractmethod
    def perimeter(self): ...

    @property
    @abstractmethod
    def name(self): ...

    def describe(self):
        return "shape"


print(sorted(Shape.__abstractmethods__), type(Shape.__abstractmethods__).__name__)
for cls_ in (Shape,):
    try:
        cls_()
    except TypeError as e:
        print("TypeError:", e)


class Square(Shape):
    def area(self):
        return 4


print(sorted(Square.__abstractmethods__))
try:
    Square()
except TypeError as e:
    print("TypeError:", e)


class Full(Square):
    def perimeter(self):
        return 8
    name = "full"


print(Full.__abstractmethods__, Full().area(), Full().name)


class One(ABC):
    @abstractmethod
    def only(self): ...


try:
    One()
except TypeError as e:
    print("TypeError:", e)

# classmethod / staticmethod / property abstracts
class Mixed(ABC):
    @classmethod
    @abstractmethod
    def cm(cls): ...

    @staticmethod
    @abstractmethod
    def sm(): ...

    @abstractclassmethod
    def old_cm(cls): ...

    @abstractstaticmethod
    def old_sm(): ...

    @abstractproperty
    def old_prop(self): ...

    plain = 3


print(sorted(Mixed.__abstractmethods__))
print(abc.ABC.__abstractmethods__, hasattr(ABC, "_abc_impl"), hasattr(Mixed, "_abc_impl"))
print("_abc_impl" in vars(Mixed), "_abc_impl" in vars(ABC))

# register and virtual subclasses
class Animal(ABC):
    pass


class Dog:
    pass


class Puppy(Dog):
    pass


token0 = abc.get_cache_token()
print(issubclass(Dog, Animal), isinstance(Dog(), Animal), isinstance(Puppy(), Animal))
r = Animal.register(Dog)
print(r is Dog, abc.get_cache_token() - token0)
print(issubclass(Dog, Animal), isinstance(Dog(), Animal), isinstance(Puppy(), Animal), issubclass(Puppy, Animal))
print(Animal.register(Dog) is Dog, abc.get_cache_token() - token0)
print(Dog.__mro__ == (Dog, object))
try:
    Animal.register(3)
except TypeError as e:
    print("TypeError:", e)


class Sub(Animal):
    pass


try:
    Sub.register(Animal)
except RuntimeError as e:
    print("RuntimeError:", e)
print(Animal.register(Sub) is Sub)
try:
    issubclass(3, Animal)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(3, Animal), issubclass(int, Animal))


# decorator form
@Animal.register
class Cat:
    pass


print(isinstance(Cat(), Animal), Cat.__name__)

# negative cache invalidated by register of another class
class Bird:
    pass


print(issubclass(Bird, Animal))
Animal.register(Bird)
print(issubclass(Bird, Animal))


# register on an intermediate ABC: visible through the parent
class Base(ABC):
    pass


class Mid(Base):
    pass


class Virt:
    pass


print(issubclass(Virt, Base), issubclass(Virt, Mid))
Mid.register(Virt)
print(issubclass(Virt, Base), issubclass(Virt, Mid), isinstance(Virt(), Base))

# _abc_caches_clear / _abc_registry_clear
Mid._abc_registry_clear()
Mid._abc_caches_clear()
Base._abc_caches_clear()
print(issubclass(Virt, Mid), issubclass(Virt, Base))
