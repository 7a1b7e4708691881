"""Exact rational numbers: Dyad's fractions.Fraction (behaving as CPython 3.11's)."""

import math
import numbers
import operator
import sys

__all__ = ['Fraction']

_MODULUS = sys.hash_info.modulus
_HASH_OF_INF = sys.hash_info.inf


# ---------------------------------------------------------------------------------------------
# Reading 'a/b', '1.5e-3', ... (whitespace around, '_' between digits)

def _digit_group(text):
    """True for one or more decimal digits, single underscores allowed between two digits."""
    if not text or text[0] == '_' or text[-1] == '_' or '__' in text:
        return False
    return text.replace('_', '').isdecimal()


def _to_int(text):
    return int(text.replace('_', '')) if text else 0


def _scan(literal):
    """(numerator, denominator) written by a Fraction string, or None if it is not valid."""
    body = literal.strip()
    negative = body[:1] == '-'
    if body[:1] in ('-', '+'):
        body = body[1:]
    if '/' in body:
        top, _, bottom = body.partition('/')
        if not (_digit_group(top) and _digit_group(bottom)):
            return None
        num, den = _to_int(top), _to_int(bottom)
    else:
        mantissa, exponent = body, None
        for marker in 'eE':
            if marker in body:
                mantissa, _, exponent = body.partition(marker)
                break
        whole, dot, decimals = mantissa.partition('.')
        if not (whole or decimals) or (whole and not _digit_group(whole)):
            return None
        if decimals and not _digit_group(decimals):
            return None
        # Something must come before a '.' or after it, and it must start with a digit.
        if not whole and not decimals[:1].isdecimal():
            return None
        num = _to_int(whole)
        den = 1
        if decimals:
            places = len(decimals.replace('_', ''))
            den = 10 ** places
            num = num * den + _to_int(decimals)
        if exponent is not None:
            digits = exponent[1:] if exponent[:1] in ('-', '+') else exponent
            if not _digit_group(digits):
                return None
            power = _to_int(digits)
            if exponent[:1] == '-':
                den *= 10 ** power
            else:
                num *= 10 ** power
    return (-num if negative else num), den


_decimal_class = []


def _is_decimal(value):
    if not _decimal_class:
        try:
            from decimal import Decimal
        except ImportError:
            Decimal = None
        _decimal_class.append(Decimal)
    cls = _decimal_class[0]
    return cls is not None and isinstance(value, cls)


# ---------------------------------------------------------------------------------------------
# Exact kernels on (numerator, denominator) integer pairs; denominators are positive.

def _lowest(num, den, cls=None):
    """num/den (den != 0) as a cls instance (default Fraction) in lowest terms, den > 0."""
    g = math.gcd(num, den)
    if den < 0:
        g = -g
    if g != 1:
        num //= g
        den //= g
    return _new(cls or Fraction, num, den)


def _k_add(n1, d1, n2, d2):
    if d1 == d2:
        return _lowest(n1 + n2, d1)
    return _lowest(n1 * d2 + n2 * d1, d1 * d2)


def _k_sub(n1, d1, n2, d2):
    if d1 == d2:
        return _lowest(n1 - n2, d1)
    return _lowest(n1 * d2 - n2 * d1, d1 * d2)


def _k_mul(n1, d1, n2, d2):
    return _lowest(n1 * n2, d1 * d2)


def _k_truediv(n1, d1, n2, d2):
    if n2 == 0:
        # (After cancelling gcd(n1, 0) = |n1|, CPython reports just the sign of n1.)
        raise ZeroDivisionError('Fraction(%s, 0)' % ((n1 > 0) - (n1 < 0)))
    return _lowest(n1 * d2, d1 * n2)


def _k_floordiv(n1, d1, n2, d2):
    return (n1 * d2) // (d1 * n2)


def _k_mod(n1, d1, n2, d2):
    return _lowest((n1 * d2) % (n2 * d1), d1 * d2)


def _k_divmod(n1, d1, n2, d2):
    quotient, rest = divmod(n1 * d2, d1 * n2)
    return quotient, _lowest(rest, d1 * d2)


def _binary_pair(name, kernel, inexact):
    """The forward and reflected methods of one arithmetic operator: exact with ints and
    Fractions (and, reflected, any Rational), float or complex arithmetic otherwise."""

    def forward(self, other):
        if type(other) is int:
            return kernel(self._numerator, self._denominator, other, 1)
        if isinstance(other, Fraction):
            return kernel(self._numerator, self._denominator, other._numerator, other._denominator)
        if isinstance(other, int):
            return kernel(self._numerator, self._denominator, other.numerator, other.denominator)
        if isinstance(other, float):
            return inexact(float(self), other)
        if isinstance(other, complex):
            return inexact(complex(self), other)
        return NotImplemented

    def reflected(self, other):
        if isinstance(other, numbers.Rational):
            return kernel(other.numerator, other.denominator, self._numerator, self._denominator)
        if isinstance(other, numbers.Real):
            return inexact(float(other), float(self))
        if isinstance(other, numbers.Complex):
            return inexact(complex(other), complex(self))
        return NotImplemented

    forward.__name__ = '__%s__' % name
    reflected.__name__ = '__r%s__' % name
    forward.__qualname__ = 'Fraction.' + forward.__name__
    reflected.__qualname__ = 'Fraction.' + reflected.__name__
    return forward, reflected


def _round_half_even(num, den):
    floor, rest = divmod(num, den)
    twice = rest * 2
    if twice > den or (twice == den and floor & 1):
        return floor + 1
    return floor


def _ordering(op):
    def compare(self, other):
        if isinstance(other, numbers.Rational):
            return op(self._numerator * other.denominator, self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isfinite(other):
                return op(self, self.from_float(other))
            return op(0.0, other)   # only the sign of an infinity (or nan) matters
        return NotImplemented
    compare.__name__ = '__%s__' % op.__name__
    compare.__qualname__ = 'Fraction.' + compare.__name__
    return compare


# ---------------------------------------------------------------------------------------------

class Fraction(numbers.Rational):
    """A rational number numerator/denominator in lowest terms (denominator > 0).

    Built from an int, any Rational, a float or Decimal (exactly), a string such as '3/7',
    '-1.25', '2e-3' or ' 10_000 ', or two Rationals numerator and denominator.
    """

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        if denominator is None:
            kind = type(numerator)
            if kind is int:
                return _new(cls, numerator, 1)
            if kind is Fraction or isinstance(numerator, numbers.Rational):
                return _new(cls, numerator.numerator, numerator.denominator)
            if isinstance(numerator, float) or _is_decimal(numerator):
                return _new(cls, *numerator.as_integer_ratio())
            if not isinstance(numerator, str):
                raise TypeError("argument should be a string or a Rational instance")
            pair = _scan(numerator)
            if pair is None:
                raise ValueError('Invalid literal for Fraction: %r' % numerator)
            numerator, denominator = pair
        elif type(numerator) is not int or type(denominator) is not int:
            if not (isinstance(numerator, numbers.Rational)
                    and isinstance(denominator, numbers.Rational)):
                raise TypeError("both arguments should be Rational instances")
            numerator, denominator = (numerator.numerator * denominator.denominator,
                                      denominator.numerator * numerator.denominator)
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if not _normalize:
            return _new(cls, numerator, denominator)
        return _lowest(numerator, denominator, cls)

    # -- alternative constructors and conversions -------------------------------------------

    @classmethod
    def from_float(cls, f):
        """The exact value of the float f (an int is accepted too)."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)"
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of the Decimal dec (an int is accepted too)."""
        if isinstance(dec, numbers.Integral):
            return cls(int(dec))
        if not _is_decimal(dec):
            raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)"
                            % (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def limit_denominator(self, max_denominator=1000000):
        """The Fraction nearest to self with denominator at most max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator > max_denominator:
            return self._nearest_with_bound(max_denominator)
        return Fraction(self)

    def _nearest_with_bound(self, bound):
        # Walk the convergents h/k of self's continued fraction until the next one's
        # denominator would pass the bound; the answer is the last convergent or the
        # semiconvergent between it and its predecessor with the largest allowed denominator
        # (the convergent when both are equally near).
        before = (0, 1)
        last = (1, 0)
        top, bottom = self._numerator, self._denominator
        while True:
            quotient, remainder = divmod(top, bottom)
            k_next = before[1] + quotient * last[1]
            if k_next > bound:
                break
            before, last = last, (before[0] + quotient * last[0], k_next)
            top, bottom = bottom, remainder
        steps = (bound - before[1]) // last[1]
        convergent = Fraction(*last)
        semi = Fraction(before[0] + steps * last[0], before[1] + steps * last[1])
        if abs(convergent - self) <= abs(semi - self):
            return convergent
        return semi

    def __repr__(self):
        return '%s(%s, %s)' % (type(self).__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # -- arithmetic --------------------------------------------------------------------------

    __add__, __radd__ = _binary_pair('add', _k_add, operator.add)
    __sub__, __rsub__ = _binary_pair('sub', _k_sub, operator.sub)
    __mul__, __rmul__ = _binary_pair('mul', _k_mul, operator.mul)
    __truediv__, __rtruediv__ = _binary_pair('truediv', _k_truediv, operator.truediv)
    __floordiv__, __rfloordiv__ = _binary_pair('floordiv', _k_floordiv, operator.floordiv)
    __mod__, __rmod__ = _binary_pair('mod', _k_mod, operator.mod)
    __divmod__, __rdivmod__ = _binary_pair('divmod', _k_divmod, divmod)

    def __pow__(a, b):
        """a ** b: a Fraction for an integral exponent, otherwise float/complex arithmetic."""
        if not isinstance(b, numbers.Rational):
            return float(a) ** b
        if b.denominator != 1:
            return float(a) ** float(b)
        exponent = b.numerator
        if exponent >= 0:
            return _checked(a._numerator ** exponent, a._denominator ** exponent)
        num, den = a._denominator ** -exponent, a._numerator ** -exponent
        if den < 0:
            num, den = -num, -den
        return _checked(num, den)

    def __rpow__(b, a):
        """a ** b"""
        num, den = b._numerator, b._denominator
        if den == 1 and num >= 0:
            return a ** num          # keeps an int base an int
        if isinstance(a, numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        if den == 1:
            return a ** num
        return a ** float(b)

    def __pos__(a):
        return _new(Fraction, a._numerator, a._denominator)

    def __neg__(a):
        return _new(Fraction, -a._numerator, a._denominator)

    def __abs__(a):
        return _new(Fraction, abs(a._numerator), a._denominator)

    # -- to integers -------------------------------------------------------------------------

    def __trunc__(a):
        whole = abs(a._numerator) // a._denominator
        return whole if a._numerator >= 0 else -whole

    def __int__(a):
        return operator.index(a.__trunc__())

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """round(x): nearest int, ties to even; round(x, n): a Fraction with n decimals."""
        if ndigits is None:
            return _round_half_even(self._numerator, self._denominator)
        scale = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(_round_half_even(self._numerator * scale, self._denominator), scale)
        return Fraction(_round_half_even(self._numerator, self._denominator * scale) * scale)

    # -- hashing and comparison --------------------------------------------------------------

    def __hash__(self):
        # Numeric hash: |num| * inverse(den) modulo the hash modulus, as ints and floats use
        # (a denominator that is a multiple of the modulus hashes like infinity).
        den = self._denominator % _MODULUS
        if den == 0:
            value = _HASH_OF_INF
        else:
            value = abs(self._numerator) % _MODULUS * pow(den, -1, _MODULUS) % _MODULUS
        if self._numerator < 0:
            value = -value
        return -2 if value == -1 else value

    def __eq__(a, b):
        if type(b) is int:
            return a._denominator == 1 and a._numerator == b
        if isinstance(b, numbers.Rational):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, numbers.Complex) and b.imag == 0:
            b = b.real
        if not isinstance(b, float):
            return NotImplemented
        if math.isfinite(b):
            return a == a.from_float(b)
        return b == 0.0

    __lt__ = _ordering(operator.lt)
    __gt__ = _ordering(operator.gt)
    __le__ = _ordering(operator.le)
    __ge__ = _ordering(operator.ge)

    def __bool__(a):
        return a._numerator != 0

    # -- copying and pickling ----------------------------------------------------------------

    def __reduce__(self):
        return (type(self), (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) is Fraction:
            return self
        return type(self)(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        return self.__copy__()


_bare = object.__new__


def _new(cls, num, den):
    obj = _bare(cls)
    obj._numerator = num
    obj._denominator = den
    return obj


def _checked(num, den):
    if den == 0:
        raise ZeroDivisionError('Fraction(%s, 0)' % num)
    return _new(Fraction, num, den)
