# __subclasshook__ returning True / False / NotImplemented / other values; caching of hook answers.
from abc import ABC, ABCMeta, abstractmethod

calls = []


class HasLen(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        calls.append(C.__name__)
        if cls is HasLen:
            return True if any("__len__" in B.__dict__ for B in C.__mro__) else NotImplemented
        return NotImplemented


class A:
    def __len__(self):
        return 0


class B:
    pass


print(isinstance(A(), HasLen), isinstance(B(), HasLen), issubclass(list, HasLen))
print(isinstance(A(), HasLen), isinstance(B(), HasLen))  # cached: no new hook calls
print(calls)


class Never(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return False


class Child(Never):
    pass


# A hook answering False wins even over a real subclass
print(issubclass(Child, Never), isinstance(Child(), Never), issubclass(Never, Never))


class Odd(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 1


try:
    issubclass(int, Odd)
except AssertionError as e:
    print("AssertionError:", e)


class Boom(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        raise ValueError("hook failed for " + C.__name__)


try:
    isinstance(3, Boom)
except ValueError as e:
    print("ValueError:", e)


# The hook's answer for subclasses of the hook's class defers (NotImplemented) to normal rules
class Sized2(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized2:
            return hasattr(C, "__len__") or NotImplemented
        return NotImplemented


class SizedChild(Sized2):
    pass


print(issubclass(list, Sized2), issubclass(list, SizedChild), issubclass(int, Sized2))
SizedChild.register(int)
print(issubclass(int, SizedChild), issubclass(int, Sized2))

# __instancecheck__ uses __class__ as well as type()
class Liar:
    @property
    def __class__(self):
        return list


print(isinstance(Liar(), Sized2), isinstance(Liar(), list), type(Liar()).__name__)


# metaclass subclass overriding checks
class Meta(ABCMeta):
    log = []

    def __new__(mcls, name, bases, ns, **kw):
        Meta.log.append((name, sorted(kw)))
        cls = super().__new__(mcls, name, bases, ns, **kw)
        cls.tagged = True
        return cls

    def __instancecheck__(cls, inst):
        Meta.log.append(("inst", cls.__name__))
        return super().__instancecheck__(inst)

    def __subclasscheck__(cls, sub):
        Meta.log.append(("sub", cls.__name__, sub.__name__))
        return super().__subclasscheck__(sub)


class WithInit:
    def __init_subclass__(cls, flavor=None, **kw):
        super().__init_subclass__(**kw)
        cls.flavor = flavor


class M1(WithInit, metaclass=Meta, flavor="x"):
    @abstractmethod
    def f(self): ...


class M2(M1):
    def f(self):
        return 2


print(M1.tagged, M1.flavor, M2.flavor, sorted(M1.__abstractmethods__), M2().f())
print(isinstance(M2(), M1), issubclass(int, M1))
print(Meta.log)
print(type(M1).__name__, type(M2).__mro__[1].__name__)


# a metaclass's own __setattr__ sees what ABCMeta.__new__ stores
class LoggingMeta(ABCMeta):
    def __setattr__(cls, name, value):
        print("setattr", cls.__name__, name, type(value).__name__)
        super().__setattr__(name, value)


class Logged(metaclass=LoggingMeta):
    @abstractmethod
    def run(self): ...


print(sorted(Logged.__abstractmethods__), hasattr(Logged, "_abc_impl"))
