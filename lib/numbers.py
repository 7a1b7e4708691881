"""numbers: the numeric tower of abstract base classes (PEP 3141), a Dyad implementation.

Each ABC declares its abstract methods and the concrete mixins CPython gives it; int, float
and complex (and bool through int) are registered."""

from abc import ABCMeta, abstractmethod

__all__ = ['Number', 'Complex', 'Real', 'Rational', 'Integral']


class Number(metaclass=ABCMeta):
    """All numbers inherit from this class."""
    __slots__ = ()
    __hash__ = None


class Complex(Number):
    __slots__ = ()

    def __bool__(self):
        return self != 0

    def __sub__(self, other):
        return self + -other

    def __rsub__(self, other):
        return -self + other

    @abstractmethod
    def __abs__(self, *args):
        raise NotImplementedError

    @abstractmethod
    def __add__(self, *args):
        raise NotImplementedError

    @abstractmethod
    def __complex__(self, *args):
        raise NotImplementedError

    @abstractmethod
    def __eq__(self, *args):
        raise NotImplementedError

    @abstractmethod
    def __mul__(self, *args):
        raise NotImplementedError

    @abstractmethod
    def __neg__(self, *args):
        raise NotImplementedError

    @abstractmethod
    def __pos__(self, *args):
        raise NotImplementedError

    @abstractmethod
    def __pow__(self, *args):
        raise NotImplementedError

    @abstractmethod
    def __radd__(self, *args):
        raise NotImplementedError

    @abstractmethod
    def __rmul__(self, *args):
        raise NotImplementedError

    @abstractmethod
    def __rpow__(self, *args):
        raise NotImplementedError

    @abstractmethod
    def __rtruediv__(self, *args):
        raise NotImplementedError

    @abstractmethod
    def __truediv__(self, *args):
        raise NotImplementedError

    @abstractmethod
    def conjugate(self, *args):
        raise NotImplementedError

    @property
    @abstractmethod
    def imag(self):
        raise NotImplementedError

    @property
    @abstractmethod
    def real(self):
        raise NotImplementedError



class Real(Complex):
    __slots__ = ()

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return +self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return +self

    def __divmod__(self, other):
        return (self // other, self % other)

    def __rdivmod__(self, other):
        return (other // self, other % self)

    @abstractmethod
    def __ceil__(self, *args):
        raise NotImplementedError

    @abstractmethod
    def __float__(self, *args):
        raise NotImplementedError

    @abstractmethod
    def __floor__(self, *args):
        raise NotImplementedError

    @abstractmethod
    def __floordiv__(self, *args):
        raise NotImplementedError

    @abstractmethod
    def __le__(self, *args):
        raise NotImplementedError

    @abstractmethod
    def __lt__(self, *args):
        raise NotImplementedError

    @abstractmethod
    def __mod__(self, *args):
        raise NotImplementedError

    @abstractmethod
    def __rfloordiv__(self, *args):
        raise NotImplementedError

    @abstractmethod
    def __rmod__(self, *args):
        raise NotImplementedError

    @abstractmethod
    def __round__(self, *args):
        raise NotImplementedError

    @abstractmethod
    def __trunc__(self, *args):
        raise NotImplementedError



class Rational(Real):
    __slots__ = ()

    def __float__(self):
        return int(self.numerator) / int(self.denominator)

    @property
    @abstractmethod
    def denominator(self):
        raise NotImplementedError

    @property
    @abstractmethod
    def numerator(self):
        raise NotImplementedError



class Integral(Rational):
    __slots__ = ()

    def __index__(self):
        return int(self)

    @property
    def numerator(self):
        return +self

    @property
    def denominator(self):
        return 1

    def __float__(self):
        return float(int(self))

    @abstractmethod
    def __and__(self, *args):
        raise NotImplementedError

    @abstractmethod
    def __int__(self, *args):
        raise NotImplementedError

    @abstractmethod
    def __invert__(self, *args):
        raise NotImplementedError

    @abstractmethod
    def __lshift__(self, *args):
        raise NotImplementedError

    @abstractmethod
    def __or__(self, *args):
        raise NotImplementedError

    @abstractmethod
    def __rand__(self, *args):
        raise NotImplementedError

    @abstractmethod
    def __rlshift__(self, *args):
        raise NotImplementedError

    @abstractmethod
    def __ror__(self, *args):
        raise NotImplementedError

    @abstractmethod
    def __rrshift__(self, *args):
        raise NotImplementedError

    @abstractmethod
    def __rshift__(self, *args):
        raise NotImplementedError

    @abstractmethod
    def __rxor__(self, *args):
        raise NotImplementedError

    @abstractmethod
    def __xor__(self, *args):
        raise NotImplementedError


Complex.register(complex)
Real.register(float)
Integral.register(int)
