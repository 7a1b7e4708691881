"""Decimal floating point arithmetic for Dyad, behaving as CPython 3.11's decimal module
(whose implementation there is the C extension _decimal over libmpdec).

A finite Decimal is sign, coefficient (a non-negative int) and exponent: (-1)**sign *
coefficient * 10**exponent.  Most operations compute their exact result and round it once to
the context (precision, rounding mode, exponent limits, clamping).  sqrt, exp, ln and log10
are correctly rounded, half-even whatever the context says (as CPython's): a fixed-point
approximation with guard digits is widened until both ends of its error interval round alike.
Powers follow libmpdec's own recipes, whose results CPython prints: an integral exponent by
square-and-multiply rounded to prec + digits + 2 digits at each step, any other as exp(y * ln x)
at max(digits, prec) + 23 digits, both rounded again to the context (so not always correctly
rounded, but as CPython rounds them), after libmpdec's early overflow/underflow test.
The conditions an operation meets are collected as bits and handed to the context at the end,
which records them as flags and raises the first trapped signal with the list of conditions.
The current context is per thread.  Errors raised here show this file's frames in a traceback,
where CPython's C functions show none.
"""

import math as _math
import numbers as _numbers
import sys as _sys
from collections import namedtuple as _namedtuple

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'


ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN,
              ROUND_HALF_EVEN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')


# ---------------------------------------------------------------------------------------------
# Signals and the conditions behind them

class DecimalException(ArithmeticError):
    """Base class of the decimal signals."""


class Clamped(DecimalException):
    """An exponent was changed to fit the context's limits."""


class InvalidOperation(DecimalException):
    """An operation with no sensible result (its result, when not trapped, is NaN)."""


class ConversionSyntax(InvalidOperation):
    """A string that is not a number was converted."""


class DivisionByZero(DecimalException, ZeroDivisionError):
    """A finite non-zero number was divided by zero."""


class DivisionImpossible(InvalidOperation):
    """An integer quotient has more digits than the precision."""


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    """Zero was divided by zero."""


class Inexact(DecimalException):
    """Digits that were not zero were discarded by rounding."""


class InvalidContext(InvalidOperation):
    """The context was invalid."""


class Rounded(DecimalException):
    """Digits (perhaps all zero) were discarded by rounding."""


class Subnormal(DecimalException):
    """The result's adjusted exponent is below Emin."""


class Overflow(Inexact, Rounded):
    """The result's exponent is above Emax after rounding."""


class Underflow(Inexact, Rounded, Subnormal):
    """A subnormal result was inexact."""


class FloatOperation(DecimalException, TypeError):
    """A float was mixed with Decimals (in a constructor or comparison)."""


# Condition bits (libmpdec's values, so that the orders below come out as CPython's).
_C_CLAMPED = 1
_C_SYNTAX = 2
_C_DIVZERO = 4
_C_DIVIMPOSSIBLE = 8
_C_DIVUNDEFINED = 16
_C_INEXACT = 64
_C_INVCONTEXT = 128
_C_INVALID = 256
_C_FLOAT = 1024
_C_OVERFLOW = 2048
_C_ROUNDED = 4096
_C_SUBNORMAL = 8192
_C_UNDERFLOW = 16384
_ANY_INVALID = _C_SYNTAX | _C_DIVIMPOSSIBLE | _C_DIVUNDEFINED | _C_INVCONTEXT | _C_INVALID | 32 | 512
_ALL_BITS = (_ANY_INVALID | _C_CLAMPED | _C_DIVZERO | _C_INEXACT | _C_FLOAT | _C_OVERFLOW
             | _C_ROUNDED | _C_SUBNORMAL | _C_UNDERFLOW)

# (signal, the bits it stands for), in the order of a flags/traps dict and of the search for
# the exception to raise.
_SIGNALS = (
    (InvalidOperation, _ANY_INVALID), (FloatOperation, _C_FLOAT), (DivisionByZero, _C_DIVZERO),
    (Overflow, _C_OVERFLOW), (Underflow, _C_UNDERFLOW), (Subnormal, _C_SUBNORMAL),
    (Inexact, _C_INEXACT), (Rounded, _C_ROUNDED), (Clamped, _C_CLAMPED),
)
# The classes named in a raised signal's argument list: the invalid-operation conditions first.
_CONDITION_LIST = (
    (InvalidOperation, _C_INVALID), (ConversionSyntax, _C_SYNTAX),
    (DivisionImpossible, _C_DIVIMPOSSIBLE), (DivisionUndefined, _C_DIVUNDEFINED),
    (InvalidContext, _C_INVCONTEXT),
) + _SIGNALS[1:]
# The order of the names in a Context's repr.
_REPR_ORDER = (
    ('Clamped', _C_CLAMPED), ('InvalidOperation', _ANY_INVALID), ('DivisionByZero', _C_DIVZERO),
    ('Inexact', _C_INEXACT), ('FloatOperation', _C_FLOAT), ('Overflow', _C_OVERFLOW),
    ('Rounded', _C_ROUNDED), ('Subnormal', _C_SUBNORMAL), ('Underflow', _C_UNDERFLOW),
)


_SIGNAL_KEY_MESSAGE = ('valid values for signals are:\n'
                       '  [InvalidOperation, FloatOperation, DivisionByZero,\n'
                       '   Overflow, Underflow, Subnormal, Inexact, Rounded,\n'
                       '   Clamped]')


def _bits_of_signal(sig):
    for cls, bits in _SIGNALS:
        if sig is cls:
            return bits
    raise KeyError(_SIGNAL_KEY_MESSAGE)


# ---------------------------------------------------------------------------------------------
# Integer helpers

_POW10_CACHE = [10 ** i for i in range(64)]


def _p10(n):
    return _POW10_CACHE[n] if n < 64 else 10 ** n


def _ndigits(c):
    """Number of decimal digits of the non-negative int c (1 for 0)."""
    if c < 1000000000000000:
        return len(str(c))
    d = (c.bit_length() - 1) * 30103 // 100000
    p = 10 ** d
    while p <= c:
        p *= 10
        d += 1
    return d


# Chunks below 640 digits, the least limit sys.set_int_max_str_digits accepts, so the
# conversions never meet the int <-> str digit limit whatever it is set to.
def _int_text(c):
    """str(c) for a non-negative int of any size."""
    if c < _p10(600):
        return str(c)
    half = _ndigits(c) // 2
    hi, lo = divmod(c, _p10(half))
    return _int_text(hi) + _int_text(lo).rjust(half, '0')


def _text_int(s):
    """int(s) for a string of ASCII digits of any length."""
    if len(s) <= 600:
        return int(s)
    half = len(s) // 2
    return _text_int(s[:-half]) * _p10(half) + _text_int(s[-half:])


def _strip_zeros(c, exp, limit):
    """Remove trailing zeros of c while exp < limit."""
    if c == 0:
        return c, exp
    while exp < limit and c % 10 == 0:
        c //= 10
        exp += 1
    return c, exp


def _round_away(rounding, sign, q, rest_cmp):
    """Whether truncated quotient q is to be incremented: rest_cmp is the comparison of the
    discarded part with one half (-1, 0, 1), the discarded part being non-zero."""
    if rounding == ROUND_HALF_EVEN:
        return rest_cmp > 0 or (rest_cmp == 0 and q & 1 == 1)
    if rounding == ROUND_HALF_UP:
        return rest_cmp >= 0
    if rounding == ROUND_HALF_DOWN:
        return rest_cmp > 0
    if rounding == ROUND_DOWN:
        return False
    if rounding == ROUND_UP:
        return True
    if rounding == ROUND_CEILING:
        return sign == 0
    if rounding == ROUND_FLOOR:
        return sign == 1
    return q % 5 == 0        # ROUND_05UP


def _drop_digits(c, drop, sign, rounding):
    """c with its last `drop` digits (drop > 0) rounded away: (new c, inexact)."""
    if drop > _ndigits(c) + 1:
        if c == 0:
            return 0, False
        return (1 if _round_away(rounding, sign, 0, -1) else 0), True
    p = _p10(drop)
    q, r = divmod(c, p)
    if r == 0:
        return q, False
    twice = 2 * r
    cmp = (twice > p) - (twice < p)
    if _round_away(rounding, sign, q, cmp):
        q += 1
    return q, True


# ---------------------------------------------------------------------------------------------
# Decimal values

_FINITE = 0
_INF = 1
_QNAN = 2
_SNAN = 3

_bare_new = object.__new__


def _make(sign, coef, exp, kind=_FINITE, cls=None):
    d = _bare_new(cls or Decimal)
    d._sign = sign
    d._coef = coef
    d._exp = exp
    d._kind = kind
    return d


def _apply(ctx, status, result):
    """Hand the conditions of an operation (a _Status or bits) to ctx, raising a trapped one;
    then the result."""
    if not isinstance(status, int):
        status = status.bits
    if status:
        ctx._raise_status(status)
    return result


class _Status(object):
    """The conditions met so far by one operation."""
    __slots__ = ('bits',)

    def __init__(self):
        self.bits = 0


def _overflow_result(sign, ctx, st):
    st.bits |= _C_OVERFLOW | _C_INEXACT | _C_ROUNDED
    r = ctx._rounding
    if (r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP)
            or (r == ROUND_CEILING and sign == 0) or (r == ROUND_FLOOR and sign == 1)):
        return _make(sign, 0, 0, _INF)
    return _make(sign, _p10(ctx._prec) - 1, ctx._Emax - ctx._prec + 1)


def _finish(sign, coef, exp, ctx, st):
    """The finite number (-1)**sign * coef * 10**exp rounded to ctx."""
    prec = ctx._prec
    emin = ctx._Emin
    emax = ctx._Emax
    etiny = emin - prec + 1
    etop = emax - prec + 1
    if coef == 0:
        high = etop if ctx._clamp else emax
        if exp < etiny:
            exp = etiny
            st.bits |= _C_CLAMPED
        elif exp > high:
            exp = high
            st.bits |= _C_CLAMPED
        return _make(sign, 0, exp)
    n = _ndigits(coef)
    adjusted = exp + n - 1
    if adjusted > emax:
        return _overflow_result(sign, ctx, st)
    subnormal = adjusted < emin
    target = adjusted - prec + 1
    if subnormal and target < etiny:
        target = etiny
    inexact = False
    if target > exp:
        coef, inexact = _drop_digits(coef, target - exp, sign, ctx._rounding)
        exp = target
        st.bits |= _C_ROUNDED
        if inexact:
            st.bits |= _C_INEXACT
        if coef and _ndigits(coef) > prec:
            coef //= 10
            exp += 1
        if coef and exp + _ndigits(coef) - 1 > emax:
            return _overflow_result(sign, ctx, st)
    if subnormal:
        st.bits |= _C_SUBNORMAL
        if inexact:
            st.bits |= _C_UNDERFLOW
            if coef == 0:
                st.bits |= _C_CLAMPED
    if ctx._clamp and exp > etop:
        coef *= _p10(exp - etop)
        exp = etop
        st.bits |= _C_CLAMPED
    return _make(sign, coef, exp)


def _nan_result(d, ctx):
    """A quiet NaN with d's sign and payload (cut to the digits the context allows)."""
    payload = d._coef
    room = ctx._prec - ctx._clamp
    if payload and _ndigits(payload) > room:
        payload = payload % _p10(room) if room > 0 else 0
    return _make(d._sign, payload, 0, _QNAN)


def _nans(a, b, ctx, st):
    """The result of an operation on a NaN operand (b may be None), or None."""
    if a._kind >= _QNAN or (b is not None and b._kind >= _QNAN):
        if a._kind == _SNAN:
            st.bits |= _C_INVALID
            return _nan_result(a, ctx)
        if b is not None and b._kind == _SNAN:
            st.bits |= _C_INVALID
            return _nan_result(b, ctx)
        if a._kind == _QNAN:
            return _nan_result(a, ctx)
        return _nan_result(b, ctx)
    return None


def _invalid(st, cond=_C_INVALID):
    st.bits |= cond
    return _make(0, 0, 0, _QNAN)


# -- reading strings ---------------------------------------------------------------------------

def _ascii_digits(s):
    """s with every Unicode decimal digit made ASCII and the underscores removed (CPython's
    _decimal drops them wherever they are)."""
    out = []
    for ch in s:
        if ch > '\x7f' and ch.isdecimal():
            ch = str(int(ch))
        out.append(ch)
    return ''.join(out).replace('_', '')


def _is_digits(s):
    return s != '' and s.isdigit() and s.isascii()


def _scan(text, strict=False):
    """(sign, coef, exp, kind) written by text, or None.  Decimal() strips white space and
    drops underscores; Context.create_decimal (strict) allows neither."""
    if strict:
        if '_' in text or text != text.strip():
            return None
        s = _ascii_digits(text)
    else:
        s = _ascii_digits(text.strip())
    if not s:
        return None
    sign = 0
    if s[0] in '+-':
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        return sign, 0, 0, _INF
    for word, kind in (('snan', _SNAN), ('nan', _QNAN)):
        if low.startswith(word):
            payload = low[len(word):]
            if payload == '':
                return sign, 0, 0, kind
            if not _is_digits(payload):
                return None
            return sign, _text_int(payload), 0, kind
    mantissa = s
    exp = 0
    for mark in ('e', 'E'):
        if mark in s:
            mantissa, _, tail = s.partition(mark)
            body = tail[1:] if tail[:1] in ('+', '-') else tail
            if not _is_digits(body):
                return None
            exp = _text_int(body)
            if tail[:1] == '-':
                exp = -exp
            break
    whole, dot, frac = mantissa.partition('.')
    if whole == '' and frac == '':
        return None
    if (whole and not _is_digits(whole)) or (frac and not _is_digits(frac)):
        return None
    digits = (whole + frac).lstrip('0')
    coef = _text_int(digits) if digits else 0
    return sign, coef, exp - len(frac), _FINITE


def _exponent_fits(coef, exp):
    """Whether libmpdec can hold coef * 10**exp: adjusted exponent at most MAX_EMAX, exponent
    at least MIN_ETINY."""
    return exp >= MIN_ETINY and exp + _ndigits(coef) - 1 <= MAX_EMAX


def _from_float(f, cls):
    if f != f:
        return _make(1 if _math.copysign(1.0, f) < 0 else 0, 0, 0, _QNAN, cls)
    sign = 1 if _math.copysign(1.0, f) < 0 else 0
    if f in (float('inf'), float('-inf')):
        return _make(sign, 0, 0, _INF, cls)
    num, den = abs(f).as_integer_ratio()
    k = den.bit_length() - 1          # den == 2**k; n / 2**k == n * 5**k / 10**k
    return _make(sign, num * 5 ** k, -k, _FINITE, cls)


def _from_int(i, cls=None):
    return _make(1 if i < 0 else 0, abs(i), 0, _FINITE, cls)


def _from_tuple(value, cls):
    if len(value) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = value
    if not (isinstance(sign, int) and sign in (0, 1)):
        raise ValueError('sign must be an integer with the value 0 or 1')
    if isinstance(exp, str):
        if exp not in ('F', 'n', 'N'):
            raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
        kind = {'F': _INF, 'n': _QNAN, 'N': _SNAN}[exp]
        exp = 0
    elif isinstance(exp, int):
        kind = _FINITE
    else:
        raise ValueError('exponent must be an integer')
    if not isinstance(digits, (tuple, list)):
        raise ValueError('coefficient must be a tuple of digits')
    coef = 0
    for dig in digits:
        if not (isinstance(dig, int) and 0 <= dig <= 9):
            raise ValueError('coefficient must be a tuple of digits')
        coef = coef * 10 + dig
    if kind == _INF:
        coef = 0
    return _make(sign, coef, exp, kind, cls)


def _conversion_error(value):
    return TypeError('conversion from %s to Decimal is not supported' % type(value).__name__)


def _operand(value, ctx=None):
    """value as a Decimal for a method argument: Decimals and ints; anything else a TypeError."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return _from_int(value)
    raise _conversion_error(value)


def _coerce(value):
    """value as a Decimal for an operator, or NotImplemented."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return _from_int(value)
    return NotImplemented


def _ctx(context):
    if context is None:
        return getcontext()
    if not isinstance(context, Context):
        raise TypeError('optional argument must be a context')
    return context


# -- comparison ---------------------------------------------------------------------------------

def _cmp(a, b):
    """-1, 0, 1 comparing a and b (no NaNs)."""
    if a._kind == _INF or b._kind == _INF:
        va = 0 if a._kind != _INF else (-1 if a._sign else 1)
        vb = 0 if b._kind != _INF else (-1 if b._sign else 1)
        if va == vb == 0:
            pass
        elif va != vb:
            return (va > vb) - (va < vb)
        else:
            return 0
        if a._kind == _INF:
            return va
        return -vb
    sa = 0 if a._coef == 0 else (-1 if a._sign else 1)
    sb = 0 if b._coef == 0 else (-1 if b._sign else 1)
    if sa != sb:
        return (sa > sb) - (sa < sb)
    if sa == 0:
        return 0
    adj_a = a._exp + _ndigits(a._coef) - 1
    adj_b = b._exp + _ndigits(b._coef) - 1
    if adj_a != adj_b:
        r = 1 if adj_a > adj_b else -1
    else:
        low = min(a._exp, b._exp)
        ca = a._coef * _p10(a._exp - low)
        cb = b._coef * _p10(b._exp - low)
        r = (ca > cb) - (ca < cb)
    return r if sa > 0 else -r


def _cmp_rational(a, num, den):
    """-1, 0, 1 comparing the finite or infinite Decimal a with num/den (den > 0)."""
    if a._kind == _INF:
        return -1 if a._sign else 1
    c = -a._coef if a._sign else a._coef
    if c and num and (c < 0) == (num < 0):
        # same signs: magnitudes a decade or more apart decide without big products
        # (10**adj <= |a| < 10**(adj+1); 10**(dn-dd-1) < |num/den| < 10**(dn-dd+1))
        adj = a._exp + _ndigits(a._coef) - 1
        order = _ndigits(abs(num)) - _ndigits(den)
        if adj > order or adj + 1 < order - 1:
            bigger = 1 if adj > order else -1
            return bigger if c > 0 else -bigger
    if a._exp >= 0:
        left, right = c * _p10(a._exp) * den, num
    else:
        left, right = c * den, num * _p10(-a._exp)
    return (left > right) - (left < right)


# -- transcendental kernels ------------------------------------------------------------------
# Fixed point: an int X standing for X / 10**w.

def _atanh_sum(z, scale):
    """atanh(z / scale) * scale for |z| small, by its series."""
    negative = z < 0
    z = abs(z)
    total = z
    z2 = z * z // scale
    term = z
    k = 1
    while True:
        term = term * z2 // scale
        if term == 0:
            break
        k += 2
        total += term // k
    return -total if negative else total


def _ln_unit(m, w):
    """ln(m / 10**w) * 10**w for 10**(w-1) <= m <= 10**(w+1) (error a few hundred units)."""
    scale = _p10(w)
    halvings = 8
    for _ in range(halvings):
        m = _math.isqrt(m * scale)
    z = (m - scale) * scale // (m + scale)
    return _atanh_sum(z, scale) << (halvings + 1)


_LN10_CACHE = {}


def _ln10(w):
    """ln(10) * 10**w (error at most a few units)."""
    best = _LN10_CACHE.get('w', -1)
    if best >= w:
        return _LN10_CACHE['v'] // _p10(best - w)
    wide = w + 8
    v = -_ln_unit(_p10(wide - 1), wide)    # -ln(0.1)
    _LN10_CACHE['w'] = wide
    _LN10_CACHE['v'] = v
    return v // _p10(8)


def _ln_fixed(coef, exp, w):
    """(L, err): ln(coef * 10**exp) * 10**w within err units (coef > 0)."""
    n = _ndigits(coef)
    k = exp + n                       # x = m * 10**k, 0.1 <= m < 1
    inner = w + 6
    if n <= inner:
        m = coef * _p10(inner - n)
    else:
        m = coef // _p10(n - inner)
    ln_m = _ln_unit(m, inner)
    extra = _ndigits(abs(k)) + 2
    total = ln_m * _p10(extra) + k * _ln10(inner + extra)
    return total // _p10(extra + 6), 3


def _exp_unit(r, w):
    """exp(r / 10**w) * 10**w for |r| <= 3 * 10**w (error a few units with w's guard)."""
    scale = _p10(w)
    halvings = 10
    r = r >> halvings if r >= 0 else -((-r) >> halvings)
    total = scale
    term = scale
    k = 0
    while term:
        k += 1
        term = term * r // (scale * k)
        if term < 0:
            term += 1        # truncate toward zero, so that the terms die out
        total += term
    for _ in range(halvings):
        total = total * total // scale
    return total


def _exp_fixed(coef, sign, exp, w):
    """(E, k, err): exp(x) ~ E * 10**(k - w) within err units of E, x = +-coef * 10**exp."""
    inner = w + 6
    extra = 0
    while True:
        digits_k = _ndigits(abs(exp + _ndigits(coef))) + 2 + extra
        wide = inner + digits_k
        if exp + wide >= 0:
            x = coef * _p10(exp + wide)
        else:
            x = coef // _p10(-exp - wide)
        if sign:
            x = -x
        ln10 = _ln10(wide)
        k = (2 * x + ln10) // (2 * ln10)
        if _ndigits(abs(k)) + 2 <= digits_k:
            break
        extra += _ndigits(abs(k))
    r = (x - k * ln10) // _p10(digits_k)
    return _exp_unit(r, inner) // _p10(6), k, 3


def _ziv_round(sign, approx, err, exp, ctx, st):
    """The rounding of a value known to lie within err units of approx * 10**exp (approx > 0),
    or None if the interval's ends round differently."""
    lo = (approx - err - 1) * 10 + 1
    hi = (approx + err + 1) * 10 - 1
    if lo <= 0:
        return None
    scratch = _Status()
    a = _finish(sign, lo, exp - 1, ctx, scratch)
    b = _finish(sign, hi, exp - 1, ctx, scratch)
    if a._kind != b._kind or a._coef != b._coef or a._exp != b._exp:
        return None
    return _finish(sign, approx * 10 + 1, exp - 1, ctx, st)


# ---------------------------------------------------------------------------------------------

def _arithmetic(name, operation, reflected, *options):
    """A binary operator method of Decimal: the other operand converted (NotImplemented when it
    cannot be), then the module function named `operation` (defined further down) called as
    operation(left, right, context, *options) in the current context."""
    module = globals()

    def method(self, other):
        other = _coerce(other)
        if other is NotImplemented:
            return other
        operation_ = module[operation]
        if reflected:
            return operation_(other, self, getcontext(), *options)
        return operation_(self, other, getcontext(), *options)
    method.__name__ = name
    method.__qualname__ = 'Decimal.' + name
    return method


class Decimal(object):
    """Decimal(value="0", context=None): an exact decimal number, infinity or NaN.

    value may be a str (decimal literal, 'Infinity', 'NaN', 'sNaN' with payload), an int, a
    float (converted exactly), a Decimal or a tuple (sign, digits, exponent).
    """

    __slots__ = ('_sign', '_coef', '_exp', '_kind')

    def __new__(cls, value='0', context=None):
        if context is not None:
            _ctx(context)
        if isinstance(value, str):
            parsed = _scan(value)
            if parsed is None:
                ctx = _ctx(context)
                ctx._raise_status(_C_SYNTAX)
                return _make(0, 0, 0, _QNAN, cls)
            sign, coef, exp, kind = parsed
            if kind == _FINITE and not _exponent_fits(coef, exp):
                _ctx(context)._raise_status(_C_INVALID)
                return _make(0, 0, 0, _QNAN, cls)
            return _make(sign, coef, exp, kind, cls)
        if isinstance(value, int):
            return _from_int(value, cls)
        if isinstance(value, Decimal):
            if type(value) is cls:
                return value
            return _make(value._sign, value._coef, value._exp, value._kind, cls)
        if isinstance(value, float):
            ctx = _ctx(context)
            ctx._raise_status(_C_FLOAT)
            return _from_float(value, cls)
        if isinstance(value, (tuple, list)):
            return _from_tuple(value, cls)
        raise _conversion_error(value)

    @classmethod
    def from_float(cls, f):
        """The exact value of the float (or int) f."""
        if isinstance(f, int):
            d = _from_int(f)
        elif isinstance(f, float):
            d = _from_float(f, Decimal)
        else:
            raise TypeError('argument must be int or float')
        if cls is Decimal:
            return d
        return cls(d)

    # -- inspection ------------------------------------------------------------------------

    def as_tuple(self):
        if self._kind == _INF:
            return DecimalTuple(self._sign, (0,), 'F')
        digits = tuple(map(int, _int_text(self._coef))) if self._coef else ()
        if self._kind == _QNAN:
            return DecimalTuple(self._sign, digits, 'n')
        if self._kind == _SNAN:
            return DecimalTuple(self._sign, digits, 'N')
        return DecimalTuple(self._sign, digits or (0,), self._exp)

    def as_integer_ratio(self):
        if self._kind >= _QNAN:
            raise ValueError('cannot convert NaN to integer ratio')
        if self._kind == _INF:
            raise OverflowError('cannot convert Infinity to integer ratio')
        c = self._coef
        if self._exp >= 0:
            num, den = c * _p10(self._exp), 1
        else:
            num, den = c, _p10(-self._exp)
            g = _math.gcd(num, den)
            num //= g
            den //= g
        return (-num if self._sign else num), den

    def adjusted(self):
        if self._kind != _FINITE:
            return 0
        return self._exp + _ndigits(self._coef) - 1

    def canonical(self):
        return self

    def conjugate(self):
        return self

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def radix(self):
        return Decimal(10)

    def is_canonical(self):
        return True

    def is_finite(self):
        return self._kind == _FINITE

    def is_infinite(self):
        return self._kind == _INF

    def is_nan(self):
        return self._kind >= _QNAN

    def is_qnan(self):
        return self._kind == _QNAN

    def is_snan(self):
        return self._kind == _SNAN

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return self._kind == _FINITE and self._coef == 0

    def is_normal(self, context=None):
        ctx = _ctx(context)
        return self._kind == _FINITE and self._coef != 0 and self.adjusted() >= ctx._Emin

    def is_subnormal(self, context=None):
        ctx = _ctx(context)
        return self._kind == _FINITE and self._coef != 0 and self.adjusted() < ctx._Emin

    def number_class(self, context=None):
        ctx = _ctx(context)
        if self._kind == _SNAN:
            return 'sNaN'
        if self._kind == _QNAN:
            return 'NaN'
        sign = '-' if self._sign else '+'
        if self._kind == _INF:
            return sign + 'Infinity'
        if self._coef == 0:
            return sign + 'Zero'
        if self.adjusted() < ctx._Emin:
            return sign + 'Subnormal'
        return sign + 'Normal'

    def same_quantum(self, other, context=None):
        other = _operand(other)
        if self._kind != _FINITE or other._kind != _FINITE:
            return ((self._kind >= _QNAN and other._kind >= _QNAN)
                    or (self._kind == _INF and other._kind == _INF))
        return self._exp == other._exp

    # -- text ------------------------------------------------------------------------------

    def _text(self, capitals=1, engineering=False):
        sign = '-' if self._sign else ''
        if self._kind == _INF:
            return sign + 'Infinity'
        if self._kind >= _QNAN:
            word = 'sNaN' if self._kind == _SNAN else 'NaN'
            return sign + word + (_int_text(self._coef) if self._coef else '')
        digits = _int_text(self._coef)
        exp = self._exp
        n = len(digits)
        adjusted = exp + n - 1
        if exp <= 0 and adjusted >= -6:
            if exp == 0:
                return sign + digits
            point = n + exp
            if point > 0:
                return sign + digits[:point] + '.' + digits[point:]
            return sign + '0.' + '0' * (-point) + digits
        if not engineering:
            shown = adjusted
            body = digits[0] + ('.' + digits[1:] if n > 1 else '')
        elif self._coef == 0:
            shown = exp + (-exp) % 3
            zeros = shown - exp
            body = '0' + ('.' + '0' * zeros if zeros else '')
        else:
            lead = adjusted % 3 + 1
            shown = adjusted - lead + 1
            if lead >= n:
                body = digits + '0' * (lead - n)
            else:
                body = digits[:lead] + '.' + digits[lead:]
        if shown == 0 and engineering:
            return sign + body
        return sign + body + ('E' if capitals else 'e') + ('+' if shown >= 0 else '-') + str(abs(shown))

    def __str__(self):
        return self._text(getcontext().capitals)

    def __repr__(self):
        return "Decimal('%s')" % self._text(getcontext().capitals)

    def to_eng_string(self, context=None):
        return self._text(_ctx(context).capitals, True)

    def __format__(self, spec, _locale=None):
        return _format(self, spec)

    # -- conversions -----------------------------------------------------------------------

    def __bool__(self):
        return self._kind != _FINITE or self._coef != 0

    def _integral_part(self, rounding):
        if self._kind >= _QNAN:
            raise ValueError('cannot convert NaN to integer')
        if self._kind == _INF:
            raise OverflowError('cannot convert Infinity to integer')
        if self._exp >= 0:
            value = self._coef * _p10(self._exp)
        else:
            value, _ = _drop_digits(self._coef, -self._exp, self._sign, rounding)
        return -value if self._sign else value

    def __int__(self):
        return self._integral_part(ROUND_DOWN)

    def __trunc__(self):
        return self._integral_part(ROUND_DOWN)

    def __floor__(self):
        return self._integral_part(ROUND_FLOOR)

    def __ceil__(self):
        return self._integral_part(ROUND_CEILING)

    def __round__(self, ndigits=None):
        if ndigits is None:
            return self._integral_part(ROUND_HALF_EVEN)
        if not isinstance(ndigits, int):
            raise TypeError('optional arg must be an integer')
        return self.quantize(_make(0, 1, -ndigits))

    def __float__(self):
        if self._kind == _SNAN:
            raise ValueError('cannot convert signaling NaN to float')
        if self._kind == _QNAN:
            return -float('nan') if self._sign else float('nan')
        if self._kind == _INF:
            return float('-inf') if self._sign else float('inf')
        return float(self._text())

    def __complex__(self):
        return complex(float(self))

    # -- hashing and comparisons -------------------------------------------------------------

    def __hash__(self):
        if self._kind == _SNAN:
            raise TypeError('Cannot hash a signaling NaN value')
        if self._kind == _QNAN:
            return object.__hash__(self)
        if self._kind == _INF:
            return -_sys.hash_info.inf if self._sign else _sys.hash_info.inf
        modulus = _sys.hash_info.modulus
        if self._exp >= 0:
            h = self._coef % modulus * pow(10, self._exp, modulus) % modulus
        else:
            h = self._coef % modulus * pow(_INV10, -self._exp, modulus) % modulus
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    def _compare_other(self, other, equality):
        """(kind, payload) for a comparison with other: ('dec', Decimal), ('rat', (num, den)),
        or ('no', None) when other is not comparable."""
        if isinstance(other, Decimal):
            return 'dec', other
        if isinstance(other, int):
            return 'dec', _from_int(other)
        if isinstance(other, float):
            ctx = getcontext()
            if equality:
                ctx._flags |= _C_FLOAT
            else:
                ctx._raise_status(_C_FLOAT)
            return 'dec', _from_float(other, Decimal)
        if isinstance(other, complex) and equality:
            if other.imag != 0:
                return 'ne', None
            ctx = getcontext()
            ctx._flags |= _C_FLOAT
            return 'dec', _from_float(other.real, Decimal)
        if isinstance(other, _numbers.Rational):
            return 'rat', (other.numerator, other.denominator)
        return 'no', None

    def __eq__(self, other):
        kind, value = self._compare_other(other, True)
        if kind == 'no':
            return NotImplemented
        if kind == 'ne':
            return False
        if self._kind == _SNAN or (kind == 'dec' and value._kind == _SNAN):
            getcontext()._raise_status(_C_INVALID)
            return False
        if self._kind == _QNAN or (kind == 'dec' and value._kind == _QNAN):
            return False
        if kind == 'rat':
            return _cmp_rational(self, value[0], value[1]) == 0
        return _cmp(self, value) == 0

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    def _order(self, other):
        kind, value = self._compare_other(other, False)
        if kind == 'no':
            return None
        if self._kind >= _QNAN or (kind == 'dec' and value._kind >= _QNAN):
            getcontext()._raise_status(_C_INVALID)
            return 'nan'
        if kind == 'rat':
            return _cmp_rational(self, value[0], value[1])
        return _cmp(self, value)

    def __lt__(self, other):
        r = self._order(other)
        if r is None:
            return NotImplemented
        return r != 'nan' and r < 0

    def __le__(self, other):
        r = self._order(other)
        if r is None:
            return NotImplemented
        return r != 'nan' and r <= 0

    def __gt__(self, other):
        r = self._order(other)
        if r is None:
            return NotImplemented
        return r != 'nan' and r > 0

    def __ge__(self, other):
        r = self._order(other)
        if r is None:
            return NotImplemented
        return r != 'nan' and r >= 0

    def compare(self, other, context=None):
        ctx = _ctx(context)
        other = _operand(other)
        st = _Status()
        nan = _nans(self, other, ctx, st)
        if nan is not None:
            return _apply(ctx, st, nan)
        return _from_int(_cmp(self, other))

    def compare_signal(self, other, context=None):
        ctx = _ctx(context)
        other = _operand(other)
        st = _Status()
        if self._kind >= _QNAN or other._kind >= _QNAN:
            st.bits |= _C_INVALID
            nan = _nans(self, other, ctx, _Status())
            return _apply(ctx, st, nan)
        return _from_int(_cmp(self, other))

    def _total_key(self):
        # (class rank, ...) ordering for the total order with signs handled by the caller
        if self._kind == _SNAN:
            return (2, self._coef, 0)
        if self._kind == _QNAN:
            return (3, self._coef, 0)
        if self._kind == _INF:
            return (1, 0, 0)
        return (0, 0, 0)

    def compare_total(self, other, context=None):
        other = _operand(other)
        if self._sign != other._sign:
            return _from_int(-1 if self._sign else 1)
        flip = -1 if self._sign else 1
        ka, kb = self._total_key(), other._total_key()
        if ka[0] != kb[0] or ka[0] >= 2:
            r = (ka > kb) - (ka < kb)
            return _from_int(r * flip)
        if ka[0] == 1:
            return _from_int(0)
        r = _cmp(self.copy_abs(), other.copy_abs())
        if r == 0:
            r = (self._exp > other._exp) - (self._exp < other._exp)
        return _from_int(r * flip)

    def compare_total_mag(self, other, context=None):
        return self.copy_abs().compare_total(_operand(other).copy_abs())

    def _minmax(self, other, context, want_max, magnitude):
        ctx = _ctx(context)
        other = _operand(other)
        st = _Status()
        if self._kind >= _QNAN or other._kind >= _QNAN:
            # a quiet NaN loses against a number
            if self._kind == _SNAN or other._kind == _SNAN:
                return _apply(ctx, st, _nans(self, other, ctx, st))
            if self._kind == _QNAN and other._kind != _QNAN:
                return _finish_any(other, ctx, st)
            if other._kind == _QNAN and self._kind != _QNAN:
                return _finish_any(self, ctx, st)
            return _apply(ctx, st, _nans(self, other, ctx, st))
        if magnitude:
            r = _cmp(self.copy_abs(), other.copy_abs())
            if r == 0:
                r = _cmp(self, other)
        else:
            r = _cmp(self, other)
        if r == 0:
            # equal values: the total order decides (signs, then exponents)
            r = int(self.compare_total(other))
        pick = self if (r > 0) == want_max else other
        if r == 0:
            pick = self
        return _finish_any(pick, ctx, st)

    def max(self, other, context=None):
        return self._minmax(other, context, True, False)

    def min(self, other, context=None):
        return self._minmax(other, context, False, False)

    def max_mag(self, other, context=None):
        return self._minmax(other, context, True, True)

    def min_mag(self, other, context=None):
        return self._minmax(other, context, False, True)

    # -- sign manipulation -------------------------------------------------------------------

    def copy_abs(self):
        return _make(0, self._coef, self._exp, self._kind)

    def copy_negate(self):
        return _make(1 - self._sign, self._coef, self._exp, self._kind)

    def copy_sign(self, other, context=None):
        other = _operand(other)
        return _make(other._sign, self._coef, self._exp, self._kind)

    # -- arithmetic ------------------------------------------------------------------------

    def __neg__(self):
        return _unary(self, None, 'minus')

    def __pos__(self):
        return _unary(self, None, 'plus')

    def __abs__(self):
        return _unary(self, None, 'abs')

    __add__ = _arithmetic('__add__', '_add', False, False)
    __radd__ = _arithmetic('__radd__', '_add', True, False)
    __sub__ = _arithmetic('__sub__', '_add', False, True)
    __rsub__ = _arithmetic('__rsub__', '_add', True, True)
    __mul__ = _arithmetic('__mul__', '_mul', False)
    __rmul__ = _arithmetic('__rmul__', '_mul', True)
    __truediv__ = _arithmetic('__truediv__', '_div', False)
    __rtruediv__ = _arithmetic('__rtruediv__', '_div', True)
    __floordiv__ = _arithmetic('__floordiv__', '_divmod', False, 'q')
    __rfloordiv__ = _arithmetic('__rfloordiv__', '_divmod', True, 'q')
    __mod__ = _arithmetic('__mod__', '_divmod', False, 'r')
    __rmod__ = _arithmetic('__rmod__', '_divmod', True, 'r')
    __divmod__ = _arithmetic('__divmod__', '_divmod', False, 'qr')
    __rdivmod__ = _arithmetic('__rdivmod__', '_divmod', True, 'qr')

    def __pow__(self, other, modulo=None):
        other = _coerce(other)
        if other is NotImplemented:
            return other
        if modulo is not None:
            modulo = _coerce(modulo)
            if modulo is NotImplemented:
                return modulo
        return _power(self, other, modulo, getcontext())

    def __rpow__(self, other, modulo=None):
        other = _coerce(other)
        if other is NotImplemented:
            return other
        return _power(other, self, None, getcontext())

    # -- methods with a context ------------------------------------------------------------

    def remainder_near(self, other, context=None):
        return _remainder_near(self, _operand(other), _ctx(context))

    def fma(self, other, third, context=None):
        ctx = _ctx(context)
        other = _operand(other)
        third = _operand(third)
        st = _Status()
        nan = None
        if self._kind == _SNAN or other._kind == _SNAN or third._kind == _SNAN:
            st.bits |= _C_INVALID
            first = self if self._kind == _SNAN else (other if other._kind == _SNAN else third)
            return _apply(ctx, st, _nan_result(first, ctx))
        if self._kind == _QNAN or other._kind == _QNAN:
            nan = _nans(self, other, ctx, st)
        elif ((self._kind == _INF and other.is_zero()) or (other._kind == _INF and self.is_zero())):
            return _apply(ctx, _C_INVALID, _make(0, 0, 0, _QNAN))
        if nan is not None:
            return _apply(ctx, st, nan)
        if self._kind == _INF or other._kind == _INF:
            product = _make(self._sign ^ other._sign, 0, 0, _INF)
        else:
            product = _make(self._sign ^ other._sign, self._coef * other._coef,
                            self._exp + other._exp)
        return _add(product, third, ctx, False)

    # CPython's sqrt, exp, ln and log10 always round half-even, whatever the context says.

    def sqrt(self, context=None):
        return _half_even(_sqrt, self, _ctx(context))

    def exp(self, context=None):
        return _half_even(_exp, self, _ctx(context))

    def ln(self, context=None):
        return _half_even(_log, self, _ctx(context), False)

    def log10(self, context=None):
        return _half_even(_log, self, _ctx(context), True)

    def logb(self, context=None):
        ctx = _ctx(context)
        st = _Status()
        nan = _nans(self, None, ctx, st)
        if nan is not None:
            return _apply(ctx, st, nan)
        if self._kind == _INF:
            return _make(0, 0, 0, _INF)
        if self._coef == 0:
            return _apply(ctx, _C_DIVZERO, _make(1, 0, 0, _INF))
        return _apply(ctx, st, _finish_int(self.adjusted(), ctx, st))

    def scaleb(self, other, context=None):
        ctx = _ctx(context)
        other = _operand(other)
        st = _Status()
        nan = _nans(self, other, ctx, st)
        if nan is not None:
            return _apply(ctx, st, nan)
        if other._kind != _FINITE or other._exp != 0:
            return _apply(ctx, _C_INVALID, _make(0, 0, 0, _QNAN))
        shift = -other._coef if other._sign else other._coef
        limit = 2 * (ctx._Emax + ctx._prec)
        if abs(shift) > limit:
            return _apply(ctx, _C_INVALID, _make(0, 0, 0, _QNAN))
        if self._kind == _INF:
            return self
        result = _finish(self._sign, self._coef, self._exp + shift, ctx, st)
        return _apply(ctx, st, result)

    def normalize(self, context=None):
        ctx = _ctx(context)
        st = _Status()
        nan = _nans(self, None, ctx, st)
        if nan is not None:
            return _apply(ctx, st, nan)
        if self._kind == _INF:
            return self
        d = _finish(self._sign, self._coef, self._exp, ctx, st)
        if d._kind == _FINITE:
            if d._coef == 0:
                d = _make(d._sign, 0, 0)
            else:
                top = ctx._Emax - ctx._prec + 1 if ctx._clamp else ctx._Emax
                coef, exp = _strip_zeros(d._coef, d._exp, top)
                d = _make(d._sign, coef, exp)
        return _apply(ctx, st, d)

    def quantize(self, exp, rounding=None, context=None):
        ctx = _ctx(context)
        exp = _operand(exp)
        if rounding is not None and rounding not in _ROUNDINGS:
            raise TypeError(_ROUNDING_MESSAGE)
        return _quantize(self, exp._exp, exp, rounding or ctx._rounding, ctx)

    def to_integral_value(self, rounding=None, context=None):
        ctx = _ctx(context)
        return _to_integral(self, rounding or ctx._rounding, ctx, False)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        ctx = _ctx(context)
        return _to_integral(self, rounding or ctx._rounding, ctx, True)

    def next_plus(self, context=None):
        return _next(self, _ctx(context), 1)

    def next_minus(self, context=None):
        return _next(self, _ctx(context), -1)

    def next_toward(self, other, context=None):
        ctx = _ctx(context)
        other = _operand(other)
        st = _Status()
        nan = _nans(self, other, ctx, st)
        if nan is not None:
            return _apply(ctx, st, nan)
        r = _cmp(self, other)
        if r == 0:
            return _make(other._sign, self._coef, self._exp, self._kind)
        d = _next(self, ctx, -1 if r > 0 else 1)
        bits = 0
        if d._kind == _INF:
            bits = _C_OVERFLOW | _C_INEXACT | _C_ROUNDED
        elif d._kind == _FINITE and d.adjusted() < ctx._Emin:
            bits = _C_SUBNORMAL | _C_UNDERFLOW | _C_INEXACT | _C_ROUNDED
            if d._coef == 0:
                bits |= _C_CLAMPED
        return _apply(ctx, bits, d)

    # -- digit-wise operations ---------------------------------------------------------------

    def _logical_digits(self, ctx):
        if (self._kind != _FINITE or self._sign or self._exp != 0
                or not set(_int_text(self._coef)) <= {'0', '1'}):
            return None
        return _int_text(self._coef).rjust(ctx._prec, '0')[-ctx._prec:]

    def _logical(self, other, context, op):
        ctx = _ctx(context)
        a = self._logical_digits(ctx)
        b = _operand(other)._logical_digits(ctx) if other is not None else '1' * ctx._prec
        if a is None or b is None:
            return _apply(ctx, _C_INVALID, _make(0, 0, 0, _QNAN))
        out = ''.join(op(x, y) for x, y in zip(a, b)).lstrip('0') or '0'
        return _make(0, int(out), 0)

    def logical_and(self, other, context=None):
        return self._logical(other, context, lambda x, y: '1' if x == y == '1' else '0')

    def logical_or(self, other, context=None):
        return self._logical(other, context, lambda x, y: '1' if '1' in (x, y) else '0')

    def logical_xor(self, other, context=None):
        return self._logical(other, context, lambda x, y: '1' if x != y else '0')

    def logical_invert(self, context=None):
        return self._logical(None, context, lambda x, y: '1' if x == '0' else '0')

    def _shifted(self, other, context, rotate):
        ctx = _ctx(context)
        other = _operand(other)
        st = _Status()
        nan = _nans(self, other, ctx, st)
        if nan is not None:
            return _apply(ctx, st, nan)
        if other._kind != _FINITE or other._exp != 0:
            return _apply(ctx, _C_INVALID, _make(0, 0, 0, _QNAN))
        n = -other._coef if other._sign else other._coef
        if abs(n) > ctx._prec:
            return _apply(ctx, _C_INVALID, _make(0, 0, 0, _QNAN))
        if self._kind == _INF:
            return self
        digits = _int_text(self._coef).rjust(ctx._prec, '0')[-ctx._prec:]
        if rotate:
            k = n % ctx._prec if ctx._prec else 0
            digits = digits[k:] + digits[:k]
        elif n >= 0:
            digits = (digits + '0' * n)[-ctx._prec:]
        else:
            digits = ('0' * -n + digits)[:ctx._prec]
        return _make(self._sign, int(digits), self._exp)

    def rotate(self, other, context=None):
        return self._shifted(other, context, True)

    def shift(self, other, context=None):
        return self._shifted(other, context, False)

    # -- copying and pickling ----------------------------------------------------------------

    def __reduce__(self):
        return (type(self), (str(self),))

    def __copy__(self):
        if type(self) is Decimal:
            return self
        return type(self)(self)

    def __deepcopy__(self, memo):
        return self.__copy__()


_INV10 = pow(10, -1, _sys.hash_info.modulus)


def _half_even(fn, a, ctx, *more):
    """fn(a, ctx, *more) computed in a copy of ctx that rounds half-even (same traps), whose
    flags then join ctx's."""
    if ctx._rounding == ROUND_HALF_EVEN:
        return fn(a, ctx, *more)
    work = ctx.copy()
    object.__setattr__(work, '_rounding', ROUND_HALF_EVEN)
    object.__setattr__(work, '_flags', 0)
    try:
        return fn(a, work, *more)
    finally:
        object.__setattr__(ctx, '_flags', ctx._flags | work._flags)


def _finish_any(d, ctx, st):
    """d (not a NaN) rounded to ctx."""
    if d._kind == _INF:
        return _apply(ctx, st, _make(d._sign, 0, 0, _INF))
    return _apply(ctx, st, _finish(d._sign, d._coef, d._exp, ctx, st))


def _finish_int(i, ctx, st):
    return _finish(1 if i < 0 else 0, abs(i), 0, ctx, st)


def _unary(a, ctx, op):
    ctx = ctx or getcontext()
    st = _Status()
    nan = _nans(a, None, ctx, st)
    if nan is not None:
        return _apply(ctx, st, nan)
    if op == 'minus':
        sign = 1 - a._sign
    elif op == 'abs':
        sign = 0
    else:
        sign = a._sign
    if a._kind == _FINITE and a._coef == 0 and op != 'abs':
        # plus/minus are 0 + a and 0 - a: a zero comes out +0 unless it is negative (after
        # minus's negation) and the rounding is toward -infinity
        if ctx._rounding != ROUND_FLOOR:
            sign = 0
    if a._kind == _INF:
        return _make(sign, 0, 0, _INF)
    return _apply(ctx, st, _finish(sign, a._coef, a._exp, ctx, st))


def _add(a, b, ctx, subtract):
    st = _Status()
    nan = _nans(a, b, ctx, st)
    if nan is not None:
        return _apply(ctx, st, nan)
    b_sign = b._sign ^ 1 if subtract else b._sign
    if a._kind == _INF or b._kind == _INF:
        if a._kind == _INF and b._kind == _INF and a._sign != b_sign:
            return _apply(ctx, _C_INVALID, _make(0, 0, 0, _QNAN))
        if a._kind == _INF:
            return _make(a._sign, 0, 0, _INF)
        return _make(b_sign, 0, 0, _INF)
    ca, ea, cb, eb = a._coef, a._exp, b._coef, b._exp
    if ca == 0 and cb == 0:
        if a._sign == b_sign:
            sign = a._sign
        else:
            sign = 1 if ctx._rounding == ROUND_FLOOR else 0
        return _apply(ctx, st, _finish(sign, 0, min(ea, eb), ctx, st))
    if ea == eb:
        pass
    # An operand far below the other's last kept digit only matters as a sticky digit.
    elif ca and cb:
        adj_a = ea + _ndigits(ca) - 1
        adj_b = eb + _ndigits(cb) - 1
        if adj_a > adj_b:
            keep = min(ea, adj_a - ctx._prec - 1) - 1
            if adj_b < keep:
                cb, eb = 1, keep
        elif adj_b > adj_a:
            keep = min(eb, adj_b - ctx._prec - 1) - 1
            if adj_a < keep:
                ca, ea = 1, keep
    elif ca == 0:
        low = eb + _ndigits(cb) - ctx._prec - 2
        if ea < low:
            ea = low
    else:
        low = ea + _ndigits(ca) - ctx._prec - 2
        if eb < low:
            eb = low
    exp = min(ea, eb)
    va = ca * _p10(ea - exp)
    vb = cb * _p10(eb - exp)
    if a._sign:
        va = -va
    if b_sign:
        vb = -vb
    total = va + vb
    if total == 0:
        sign = 1 if ctx._rounding == ROUND_FLOOR else 0
    else:
        sign = 1 if total < 0 else 0
    return _apply(ctx, st, _finish(sign, abs(total), exp, ctx, st))


def _mul(a, b, ctx):
    st = _Status()
    nan = _nans(a, b, ctx, st)
    if nan is not None:
        return _apply(ctx, st, nan)
    sign = a._sign ^ b._sign
    if a._kind == _INF or b._kind == _INF:
        if (a._kind == _FINITE and a._coef == 0) or (b._kind == _FINITE and b._coef == 0):
            return _apply(ctx, _C_INVALID, _make(0, 0, 0, _QNAN))
        return _make(sign, 0, 0, _INF)
    return _apply(ctx, st, _finish(sign, a._coef * b._coef, a._exp + b._exp, ctx, st))


def _div(a, b, ctx):
    st = _Status()
    nan = _nans(a, b, ctx, st)
    if nan is not None:
        return _apply(ctx, st, nan)
    sign = a._sign ^ b._sign
    if a._kind == _INF:
        if b._kind == _INF:
            return _apply(ctx, _C_INVALID, _make(0, 0, 0, _QNAN))
        return _make(sign, 0, 0, _INF)
    if b._kind == _INF:
        return _apply(ctx, _C_CLAMPED, _make(sign, 0, ctx._Emin - ctx._prec + 1))
    if b._coef == 0:
        if a._coef == 0:
            return _apply(ctx, _C_DIVUNDEFINED, _make(0, 0, 0, _QNAN))
        return _apply(ctx, _C_DIVZERO, _make(sign, 0, 0, _INF))
    ideal = a._exp - b._exp
    if a._coef == 0:
        return _apply(ctx, st, _finish(sign, 0, ideal, ctx, st))
    shift = ctx._prec + _ndigits(b._coef) - _ndigits(a._coef) + 2
    if shift >= 0:
        q, r = divmod(a._coef * _p10(shift), b._coef)
    else:
        q, r = divmod(a._coef, b._coef * _p10(-shift))
    exp = ideal - shift
    if r == 0:
        q, exp = _strip_zeros(q, exp, ideal)
    else:
        q = q * 10 + 1
        exp -= 1
    return _apply(ctx, st, _finish(sign, q, exp, ctx, st))


def _divmod(a, b, ctx, want):
    """a // b ('q'), a % b ('r') or both ('qr')."""
    st = _Status()
    nan = _nans(a, b, ctx, st)
    if nan is not None:
        nan = _apply(ctx, st, nan)
        return (nan, nan) if want == 'qr' else nan
    sign = a._sign ^ b._sign
    q = r = None
    if a._kind == _INF:
        if b._kind == _INF or want != 'q':
            q = r = _invalid(st)
            if want == 'qr' and b._kind != _INF:
                q = _make(sign, 0, 0, _INF)
        else:
            q = _make(sign, 0, 0, _INF)
    elif b._kind == _INF:
        if want != 'r':
            q = _make(sign, 0, 0)
        if want != 'q':
            r = _finish(a._sign, a._coef, a._exp, ctx, st)
    elif b._coef == 0:
        if a._coef == 0:
            q = r = _invalid(st, _C_DIVUNDEFINED)
        else:
            if want != 'r':
                st.bits |= _C_DIVZERO
                q = _make(sign, 0, 0, _INF)
            if want != 'q':
                r = _invalid(st)
    else:
        exp = min(a._exp, b._exp)
        adj_a = a.adjusted() if a._coef else None
        adj_b = b.adjusted()
        if adj_a is not None and adj_a - adj_b > ctx._prec + 1:
            quotient = None              # (too many digits; no need to build the operands)
        elif adj_a is None or adj_a < adj_b:
            quotient, rest = 0, None     # |a| < |b|: the remainder is a itself
        else:
            va = a._coef * _p10(a._exp - exp)
            vb = b._coef * _p10(b._exp - exp)
            quotient, rest = divmod(va, vb)
        if quotient is None or _ndigits(quotient) > ctx._prec:
            q = r = _invalid(st, _C_DIVIMPOSSIBLE)
        else:
            if want != 'r':
                q = _finish(sign, quotient, 0, ctx, st)
            if want != 'q':
                if rest is None:
                    # a itself at the smaller exponent (padding past prec + 2 digits would
                    # only be rounded away again)
                    pad = min(a._exp - exp, ctx._prec + 2)
                    if a._coef == 0:
                        r = _finish(a._sign, 0, exp, ctx, st)
                    else:
                        r = _finish(a._sign, a._coef * _p10(pad), a._exp - pad, ctx, st)
                else:
                    r = _finish(a._sign, rest, exp, ctx, st)
    if want == 'q':
        return _apply(ctx, st, q)
    if want == 'r':
        return _apply(ctx, st, r)
    return _apply(ctx, st, (q, r))


def _remainder_near(a, b, ctx):
    st = _Status()
    nan = _nans(a, b, ctx, st)
    if nan is not None:
        return _apply(ctx, st, nan)
    if a._kind == _INF:
        return _apply(ctx, _C_INVALID, _make(0, 0, 0, _QNAN))
    if b._kind == _INF:
        return _apply(ctx, st, _finish(a._sign, a._coef, a._exp, ctx, st))
    if b._coef == 0:
        cond = _C_DIVUNDEFINED if a._coef == 0 else _C_INVALID
        return _apply(ctx, cond, _make(0, 0, 0, _QNAN))
    exp = min(a._exp, b._exp)
    if a._coef and a.adjusted() - b.adjusted() > ctx._prec + 1:
        return _apply(ctx, _C_DIVIMPOSSIBLE, _make(0, 0, 0, _QNAN))
    if a._coef == 0 or a.adjusted() < b.adjusted() - 1:
        # |a| < |b| / 10: a itself at the smaller exponent
        if a._coef == 0:
            return _apply(ctx, st, _finish(a._sign, 0, exp, ctx, st))
        pad = min(a._exp - exp, ctx._prec + 2)
        return _apply(ctx, st, _finish(a._sign, a._coef * _p10(pad), a._exp - pad, ctx, st))
    va = a._coef * _p10(a._exp - exp)
    vb = b._coef * _p10(b._exp - exp)
    q, rest = divmod(va, vb)
    if 2 * rest > vb or (2 * rest == vb and q & 1):
        q += 1
        rest = vb - rest
        sign = a._sign ^ 1
    else:
        sign = a._sign
    if _ndigits(q) > ctx._prec:
        return _apply(ctx, _C_DIVIMPOSSIBLE, _make(0, 0, 0, _QNAN))
    return _apply(ctx, st, _finish(sign, rest, exp, ctx, st))


def _quantize(a, exp, b, rounding, ctx):
    st = _Status()
    nan = _nans(a, b, ctx, st)
    if nan is not None:
        return _apply(ctx, st, nan)
    if a._kind == _INF or b._kind == _INF:
        if a._kind == _INF and b._kind == _INF:
            return _make(a._sign, 0, 0, _INF)
        return _apply(ctx, _C_INVALID, _make(0, 0, 0, _QNAN))
    if not (ctx._Emin - ctx._prec + 1 <= exp <= ctx._Emax):
        return _apply(ctx, _C_INVALID, _make(0, 0, 0, _QNAN))
    coef = a._coef
    if coef and a._exp - exp + _ndigits(coef) > ctx._prec:
        return _apply(ctx, _C_INVALID, _make(0, 0, 0, _QNAN))
    if a._exp >= exp:
        coef *= _p10(a._exp - exp)
    else:
        if coef:
            coef, inexact = _drop_digits(coef, exp - a._exp, a._sign, rounding)
            st.bits |= _C_ROUNDED
            if inexact:
                st.bits |= _C_INEXACT
    if coef and (_ndigits(coef) > ctx._prec or exp + _ndigits(coef) - 1 > ctx._Emax):
        return _apply(ctx, _C_INVALID, _make(0, 0, 0, _QNAN))
    top = ctx._Emax - ctx._prec + 1
    if ctx._clamp and exp > top:
        coef *= _p10(exp - top)
        exp = top
        st.bits |= _C_CLAMPED
        if coef and _ndigits(coef) > ctx._prec:
            return _apply(ctx, _C_INVALID, _make(0, 0, 0, _QNAN))
    if coef and exp + _ndigits(coef) - 1 < ctx._Emin:
        st.bits |= _C_SUBNORMAL
    return _apply(ctx, st, _make(a._sign, coef, exp))


def _to_integral(a, rounding, ctx, exact):
    st = _Status()
    nan = _nans(a, None, ctx, st)
    if nan is not None:
        return _apply(ctx, st, nan)
    if a._kind == _INF or a._exp >= 0:
        return a
    coef, inexact = _drop_digits(a._coef, -a._exp, a._sign, rounding)
    if exact and a._coef:
        st.bits |= _C_ROUNDED
        if inexact:
            st.bits |= _C_INEXACT
    return _apply(ctx, st, _make(a._sign, coef, 0))


def _next(a, ctx, direction):
    """The neighbour of a toward +infinity (direction 1) or -infinity (-1) in ctx: a nudged
    below its last digit and rounded toward that side (no conditions reported)."""
    st = _Status()
    nan = _nans(a, None, ctx, st)
    if nan is not None:
        return _apply(ctx, st, nan)
    etiny = ctx._Emin - ctx._prec + 1
    if a._kind == _INF:
        if (a._sign == 0) == (direction > 0):
            return a
        return _make(a._sign, _p10(ctx._prec) - 1, ctx._Emax - ctx._prec + 1)
    if a._coef:
        nudge_exp = min(a._exp, max(a.adjusted() - ctx._prec + 1, etiny)) - 1
        value = a._coef * _p10(a._exp - nudge_exp)
    else:
        nudge_exp = etiny - 1
        value = 0
    if a._sign:
        value = -value
    value += direction
    sign = 1 if value < 0 else 0
    if a._coef == 0 and direction < 0:
        sign = 1
    work = ctx.copy()
    object.__setattr__(work, '_rounding', ROUND_CEILING if direction > 0 else ROUND_FLOOR)
    return _finish(sign, abs(value), nudge_exp, work, _Status())


def _power(a, b, modulo, ctx):
    st = _Status()
    if modulo is not None:
        return _power_mod(a, b, modulo, ctx)
    nan = _nans(a, b, ctx, st)
    if nan is not None:
        return _apply(ctx, st, nan)
    b_integral = b._kind == _FINITE and (b._coef == 0 or b._exp >= 0 or
                                         b._coef % _p10(-b._exp) == 0)
    if b_integral:
        n = b._coef * _p10(b._exp) if b._exp >= 0 else b._coef // _p10(-b._exp)
        if b._sign:
            n = -n
    else:
        n = None
    odd = n is not None and n % 2 == 1
    result_sign = a._sign if odd else 0
    a_zero = a._kind == _FINITE and a._coef == 0
    b_zero = b._kind == _FINITE and b._coef == 0
    if b_zero:
        if a_zero:
            return _apply(ctx, _C_INVALID, _make(0, 0, 0, _QNAN))
        return _make(0, 1, 0)
    if a._sign and not a_zero and n is None:
        return _apply(ctx, _C_INVALID, _make(0, 0, 0, _QNAN))
    if a_zero:
        if b._sign:
            return _make(result_sign, 0, 0, _INF)
        return _make(result_sign, 0, 0)
    if a._kind == _INF:
        if b._sign:
            return _make(result_sign, 0, 0)
        return _make(result_sign, 0, 0, _INF)
    if b._kind == _INF:
        r = _cmp(a.copy_abs(), _from_int(1))
        if r == 0:
            return _apply(ctx, st, _finish(0, _p10(ctx._prec - 1), 1 - ctx._prec, ctx, st))
        if (r > 0) != bool(b._sign):
            return _make(0, 0, 0, _INF)
        return _make(0, 0, 0)
    if n is not None:
        bound = _power_bound(a, b, result_sign, ctx, st)
        if bound is not None:
            return _apply(ctx, st, bound)
        return _int_power(a, n, result_sign, ctx, st)
    bound = _power_bound(a, b, 0, ctx, st)
    if bound is not None:
        return _apply(ctx, st, bound)
    return _real_power(a, b, ctx, st)


def _ceil_log10(n):
    """ceil(log10(n)) for an int n >= 1."""
    return 0 if n <= 1 else _ndigits(n - 1)


def _power_bound(a, b, sign, ctx, st):
    """The result of a ** b when b * log10|a| is certainly past the exponent range, as
    libmpdec's early test decides it (lower bounds of log10|b| and log10|log10|a||
    against an upper bound of log10 of the limit), else None."""
    if a._coef == 0 or b._coef == 0:
        return None
    coef, exp = a._coef, a._exp
    adjusted = exp + _ndigits(coef) - 1
    one_cmp = _cmp(a.copy_abs(), _make(0, 1, 0))
    if one_cmp == 0:
        return None
    if adjusted >= 1:                         # |a| >= 10
        zeta = _ndigits(adjusted) - 1
    elif adjusted <= -2:                      # |a| < 0.1
        power_of_ten = coef == _p10(_ndigits(coef) - 1)
        whole = -adjusted if power_of_ten else -adjusted - 1
        zeta = _ndigits(whole) - 1
    else:
        # |a - 1| exactly, as an int times 10**low
        low = min(exp, 0)
        diff = abs(coef * _p10(exp - low) - _p10(-low))
        diff_adjusted = low + _ndigits(diff) - 1
        zeta = diff_adjusted - (1 if one_cmp < 0 else 2)
    theta = b.adjusted()
    grows = (one_cmp > 0) != bool(b._sign)
    etiny = ctx._Emin - ctx._prec + 1
    if grows:
        omega = _ceil_log10(ctx._Emax + 1)
    else:
        omega = _ceil_log10(1 - etiny)
    if theta + zeta <= omega:
        return None
    if grows:
        return _overflow_result(sign, ctx, st)
    return _finish(sign, 1, etiny - 1, ctx, st)


def _int_power(a, n, sign, ctx, st):
    coef, exp = a._coef, a._exp
    if n == 1:
        return _apply(ctx, st, _finish(sign, coef, exp, ctx, st))
    k = abs(n)
    if coef == 1 and exp == 0:
        return _apply(ctx, st, _finish(sign, 1, 0, ctx, st))
    # As libmpdec: square-and-multiply from the leading bit of |n|, each product rounded
    # half-even to prec + digits(|n|) + 2 digits (one more, and the reciprocal first, for n < 0),
    # then one rounding to the context. Exact whenever the power fits in those digits.
    work = Context.__new__(Context)
    for name, value in (('_prec', ctx._prec + _ndigits(k) + 2 + (n < 0)),
                        ('_rounding', ROUND_HALF_EVEN), ('_Emin', ctx._Emin), ('_Emax', ctx._Emax),
                        ('_capitals', 1), ('_clamp', 0), ('_flags', 0), ('_traps', 0)):
        object.__setattr__(work, name, value)
    inner = _Status()
    base = _make(0, coef, exp)
    if n < 0:
        base = _div(_make(0, 1, 0), base, work)
    result = base
    if base._kind == _INF:
        return _apply(ctx, st, _overflow_result(sign, ctx, st))
    for bit in bin(k)[3:]:
        result = _finish(0, result._coef * result._coef, 2 * result._exp, work, inner)
        if bit == '1' and result._kind == _FINITE:
            result = _finish(0, result._coef * base._coef, result._exp + base._exp, work, inner)
        if result._kind == _INF:
            return _apply(ctx, st, _overflow_result(sign, ctx, st))
        if result._coef == 0:
            break
    if result._coef == 0:
        st.bits |= inner.bits | work._flags
    else:
        st.bits |= (inner.bits | work._flags) & (_C_INEXACT | _C_ROUNDED)
    return _apply(ctx, st, _finish(sign, result._coef, result._exp, ctx, st))


def _real_power(a, b, ctx, st):
    """a ** b for a > 0 and b not integral, as libmpdec computes it: ln(a), times b, then exp,
    each correctly rounded half-even to max(digits of a, prec) + 23 digits, and that rounded
    once more to the context (so the result is not always correctly rounded, and is always
    Inexact)."""
    st.bits |= _C_INEXACT | _C_ROUNDED
    if _cmp(a, _make(0, 1, 0)) == 0:
        return _apply(ctx, st, _finish(0, _p10(ctx._prec - 1), 1 - ctx._prec, ctx, st))
    work = Context.__new__(Context)
    for name, value in (('_prec', max(_ndigits(a._coef), ctx._prec) + 23),
                        ('_rounding', ROUND_HALF_EVEN), ('_Emin', MIN_EMIN), ('_Emax', MAX_EMAX),
                        ('_capitals', 1), ('_clamp', 0), ('_flags', 0), ('_traps', 0)):
        object.__setattr__(work, name, value)
    t = _mul(_log(a, work, False), b, work)
    e = _exp(t, work)
    if e._kind == _INF:
        return _apply(ctx, st, _overflow_result(0, ctx, st))
    return _apply(ctx, st, _finish(0, e._coef, e._exp, ctx, st))


def _power_mod(a, b, m, ctx):
    st = _Status()
    for d in (a, b, m):
        if d._kind == _SNAN:
            return _apply(ctx, _C_INVALID, _nan_result(d, ctx))
    for d in (a, b, m):
        if d._kind == _QNAN:
            return _nan_result(d, ctx)
    def integral(d):
        if d._kind != _FINITE:
            return None
        if d._exp >= 0:
            v = d._coef * _p10(d._exp)
        elif d._coef % _p10(-d._exp) == 0:
            v = d._coef // _p10(-d._exp)
        else:
            return None
        return -v if d._sign else v
    x, y, z = integral(a), integral(b), integral(m)
    if x is None or y is None or z is None or y < 0 or z == 0 or \
            _ndigits(abs(z)) > ctx._prec or (x == 0 and y == 0):
        return _apply(ctx, _C_INVALID, _make(0, 0, 0, _QNAN))
    r = pow(abs(x), y, abs(z))
    sign = 1 if (x < 0 and y % 2 == 1) else 0
    return _make(sign if r else sign, r, 0)


def _sqrt(a, ctx):
    st = _Status()
    nan = _nans(a, None, ctx, st)
    if nan is not None:
        return _apply(ctx, st, nan)
    if a._kind == _FINITE and a._coef == 0:
        return _apply(ctx, st, _finish(a._sign, 0, a._exp // 2, ctx, st))
    if a._sign:
        return _apply(ctx, _C_INVALID, _make(0, 0, 0, _QNAN))
    if a._kind == _INF:
        return a
    ideal = a._exp // 2
    coef, exp = a._coef, a._exp
    if exp % 2:
        coef *= 10
        exp -= 1
    shift = 0
    need = 2 * ctx._prec + 4
    have = _ndigits(coef)
    if have < need:
        shift = (need - have + 1) // 2
        coef *= _p10(2 * shift)
    root = _math.isqrt(coef)
    rexp = exp // 2 - shift
    if root * root == coef:
        root, rexp = _strip_zeros(root, rexp, ideal)
    else:
        root = root * 10 + 1
        rexp -= 1
    return _apply(ctx, st, _finish(0, root, rexp, ctx, st))


def _exp(a, ctx):
    st = _Status()
    nan = _nans(a, None, ctx, st)
    if nan is not None:
        return _apply(ctx, st, nan)
    if a._kind == _INF:
        return _make(0, 0, 0) if a._sign else a
    if a._coef == 0:
        return _make(0, 1, 0)
    p = ctx._prec
    adjusted = a.adjusted()
    if adjusted < -(p + 2):
        # e**x is 1 + x + ...: any value that close to 1 on x's side rounds alike
        c = _p10(p + 3) + (-1 if a._sign else 1)
        result = _finish(0, c, -(p + 3), ctx, _Status())
        if result.adjusted() >= ctx._Emin:
            # rounds to a normal number: only Inexact and Rounded to report
            return _apply(ctx, _C_INEXACT | _C_ROUNDED, result)
        return _apply(ctx, st, _finish(0, c, -(p + 3), ctx, st))
    if adjusted > 19:
        if a._sign:
            return _apply(ctx, st, _finish(0, 1, ctx._Emin - p - 3, ctx, st))
        return _apply(ctx, st, _overflow_result(0, ctx, st))
    w = p + 6 + max(0, adjusted)
    for attempt in range(6):
        e_val, k, err = _exp_fixed(a._coef, a._sign, a._exp, w)
        if k > ctx._Emax + 2:
            return _apply(ctx, st, _overflow_result(0, ctx, st))
        if k < ctx._Emin - p - 3:
            return _apply(ctx, st, _finish(0, 1, ctx._Emin - p - 3, ctx, st))
        result = _ziv_round(0, e_val, err + 8, k - w, ctx, st)
        if result is not None:
            return _apply(ctx, st, result)
        w += p + 10
    return _apply(ctx, st, _finish(0, e_val * 10 + 1, k - w - 1, ctx, st))


def _log(a, ctx, base10):
    st = _Status()
    nan = _nans(a, None, ctx, st)
    if nan is not None:
        return _apply(ctx, st, nan)
    if a._kind == _FINITE and a._coef == 0:
        return _make(1, 0, 0, _INF)
    if a._sign:
        return _apply(ctx, _C_INVALID, _make(0, 0, 0, _QNAN))
    if a._kind == _INF:
        return a
    coef, exp = _strip_zeros(a._coef, a._exp, a._exp + _ndigits(a._coef) + 1)
    if coef == 1:
        if base10:
            return _apply(ctx, st, _finish_int(exp, ctx, st))
        if exp == 0:
            return _make(0, 0, 0)
    p = ctx._prec
    w = p + 8
    for attempt in range(8):
        value, err = _ln_fixed(a._coef, a._exp, w)
        if base10:
            ln10 = _ln10(w + 4)
            value = value * _p10(w + 4) // ln10
            err += 2
        mag = _ndigits(abs(value))
        if mag < p + 4 + _ndigits(err):
            w += p + 4 + _ndigits(err) - mag + 2
            continue
        sign = 1 if value < 0 else 0
        result = _ziv_round(sign, abs(value), err + 2, -w, ctx, st)
        if result is not None:
            return _apply(ctx, st, result)
        w += p + 10
    sign = 1 if value < 0 else 0
    return _apply(ctx, st, _finish(sign, abs(value) * 10 + 1, -w - 1, ctx, st))


# ---------------------------------------------------------------------------------------------
# Formatting (format(d, spec))

def _parse_spec(spec):
    out = {'fill': ' ', 'align': None, 'sign': '-', 'z': False, 'alt': False, 'zero': False,
           'width': None, 'group': '', 'prec': None, 'type': None}
    i = 0
    n = len(spec)
    if n >= 2 and spec[1] in '<>=^':
        out['fill'] = spec[0]
        out['align'] = spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        out['align'] = spec[0]
        i = 1
    if i < n and spec[i] in '+- ':
        out['sign'] = spec[i]
        i += 1
    if i < n and spec[i] == 'z':
        out['z'] = True
        i += 1
    if i < n and spec[i] == '#':
        out['alt'] = True
        i += 1
    if i < n and spec[i] == '0':
        out['zero'] = True
        i += 1
    start = i
    while i < n and spec[i].isdigit():
        i += 1
    if i > start:
        out['width'] = int(spec[start:i])
    if i < n and spec[i] in ',_':
        out['group'] = spec[i]
        i += 1
    if i < n and spec[i] == '.':
        i += 1
        start = i
        while i < n and spec[i].isdigit():
            i += 1
        if i == start:
            raise ValueError('invalid format string')
        out['prec'] = int(spec[start:i])
    if i < n:
        out['type'] = spec[i]
        i += 1
    if i != n or (out['type'] is not None and out['type'] not in 'eEfFgGn%'):
        raise ValueError('invalid format string')
    if ((out['group'] and out['type'] == 'n') or out['group'] == '_' or out['alt']
            or (out['zero'] and (out['align'] is not None or out['width'] == 0))):
        raise ValueError('invalid format string')
    return out


def _group(digits, sep, min_width):
    """digits (the integer part) with sep between groups of three, zero-padded (when
    min_width > 0) to at least min_width characters."""
    groups = []
    while len(digits) > 3:
        groups.append(digits[-3:])
        digits = digits[:-3]
    groups.append(digits)
    if min_width:
        # pad with zeros, keeping the grouping, until the width is reached
        while True:
            text = sep.join(reversed(groups))
            if len(text) >= min_width:
                return text
            if len(groups[-1]) < 3:
                groups[-1] = '0' + groups[-1]
            else:
                groups.append('0')
                if len(sep.join(reversed(groups))) > min_width:
                    # a separator alone would not fit: CPython still writes the group
                    pass
    return sep.join(reversed(groups))


def _format(d, spec):
    f = _parse_spec(spec)
    ctx = getcontext()
    kind = f['type']
    prec = f['prec']
    sign = d._sign
    if d._kind != _FINITE:
        body = d._text(1)
        if body[0] == '-':
            body = body[1:]
        if kind == '%':
            body += '%'
    else:
        rounding = ctx._rounding
        coef, exp = d._coef, d._exp
        if kind == '%':
            exp += 2
        if kind in ('e', 'E'):
            if prec is not None:
                # prec + 1 significant digits
                n = _ndigits(coef)
                if n > prec + 1:
                    coef, _ = _drop_digits(coef, n - prec - 1, sign, rounding)
                    exp += n - prec - 1
                    if _ndigits(coef) > prec + 1:
                        coef //= 10
                        exp += 1
                elif coef:
                    coef *= _p10(prec + 1 - n)
                    exp -= prec + 1 - n
        elif kind in ('f', 'F', '%'):
            if prec is not None:
                if exp < -prec:
                    coef, _ = _drop_digits(coef, -prec - exp, sign, rounding)
                else:
                    coef *= _p10(exp + prec)
                exp = -prec
        else:
            if prec is not None:
                p = max(prec, 1)
                n = _ndigits(coef)
                if n > p:
                    coef, _ = _drop_digits(coef, n - p, sign, rounding)
                    exp += n - p
                    if _ndigits(coef) > p:
                        coef //= 10
                        exp += 1
        if coef == 0 and f['z'] and (kind != 'F' or d._coef == 0):
            sign = 0        # (with F, CPython 3.11 keeps the sign of a value rounded to zero)
        digits = _int_text(coef)
        lead = exp + len(digits)
        if kind in ('e', 'E'):
            point = 1 if coef or prec is None else 1 - prec
            if coef == 0 and prec is not None:
                point = 1
                digits = '0' * (prec + 1)
                lead = exp + 1
        elif kind in ('f', 'F', '%'):
            point = lead
        else:
            if exp <= 0 and lead > -6:
                point = lead
            else:
                point = 1
        if point <= 0:
            int_part = '0'
            frac = '0' * (-point) + digits
        elif point >= len(digits):
            int_part = digits + '0' * (point - len(digits)) if coef else '0'
            frac = ''
        else:
            int_part = digits[:point]
            frac = digits[point:]
        shown_exp = lead - point
        if kind in ('e', 'E') and coef == 0 and prec is not None:
            shown_exp = exp + prec
        if kind in ('e', 'E'):
            letter = kind
        elif kind in ('g', 'G'):
            letter = 'e' if kind == 'g' else 'E'
        elif kind == 'n':
            letter = 'e'
        else:
            letter = 'E' if ctx._capitals else 'e'
        if frac or f['alt']:
            frac = '.' + frac
        if kind in ('e', 'E') or (shown_exp != 0 and kind not in ('f', 'F', '%')) or \
                (kind in ('e', 'E')):
            tail = letter + ('+' if shown_exp >= 0 else '-') + str(abs(shown_exp))
        else:
            tail = ''
        if kind == '%':
            tail += '%'
        body = None
    sign_text = '-' if sign else ('' if f['sign'] == '-' else f['sign'])
    if d._kind == _QNAN or d._kind == _SNAN:
        sign_text = '-' if d._sign else ('' if f['sign'] == '-' else f['sign'])
    width = f['width'] or 0
    align = f['align'] or '>'
    fill = f['fill']
    if f['zero'] and f['align'] is None and d._kind == _FINITE:
        fill = '0'
        align = '='

    if body is None:
        if f['group'] or (f['zero'] and f['align'] is None):
            sep = f['group']
            if f['zero'] and f['align'] is None:
                room = width - len(sign_text) - len(frac) - len(tail)
                if sep:
                    int_part = _group(int_part, sep, max(room, 0))
                else:
                    int_part = int_part.rjust(room, '0')
            elif sep:
                int_part = _group(int_part, sep, 0)
        body = int_part + frac + tail
    pad = width - len(sign_text) - len(body)
    if pad <= 0:
        return sign_text + body
    if align == '<':
        return sign_text + body + fill * pad
    if align == '^':
        left = pad // 2
        return fill * left + sign_text + body + fill * (pad - left)
    if align == '=':
        return sign_text + fill * pad + body
    return fill * pad + sign_text + body


# ---------------------------------------------------------------------------------------------
# Contexts

_ROUNDING_MESSAGE = ('valid values for rounding are:\n'
                     '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                     '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                     '   ROUND_05UP]')


# Context()'s parameters in order (also localcontext()'s keywords)
_LOCAL_KEYS = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps')


class _SignalDict(object):
    """The flags or traps of a context: a mapping from signal class to bool."""

    __slots__ = ('_ctx', '_which')

    def __init__(self, ctx, which):
        self._ctx = ctx
        self._which = which

    def _bits(self):
        return getattr(self._ctx, self._which)

    def __getitem__(self, sig):
        return bool(self._bits() & _bits_of_signal(sig))

    def __setitem__(self, sig, value):
        bits = _bits_of_signal(sig)
        current = self._bits()
        setattr(self._ctx, self._which, (current | bits) if value else (current & ~bits))

    def __delitem__(self, sig):
        raise ValueError('signal keys cannot be deleted')

    def __iter__(self):
        return iter([cls for cls, _ in _SIGNALS])

    def __len__(self):
        return len(_SIGNALS)

    def __contains__(self, sig):
        return any(sig is cls for cls, _ in _SIGNALS)

    def keys(self):
        return [cls for cls, _ in _SIGNALS]

    def values(self):
        return [self[cls] for cls, _ in _SIGNALS]

    def items(self):
        return [(cls, self[cls]) for cls, _ in _SIGNALS]

    def get(self, sig, default=None):
        try:
            return self[sig]
        except KeyError:
            return default

    def copy(self):
        return {cls: self[cls] for cls, _ in _SIGNALS}

    def __eq__(self, other):
        if isinstance(other, _SignalDict):
            return self._bits() == other._bits()
        if isinstance(other, dict):
            return self.copy() == other
        return NotImplemented

    def __repr__(self):
        return '{' + ', '.join('%r:%s' % (cls, self[cls]) for cls, _ in _SIGNALS) + '}'



_SignalDict.__name__ = _SignalDict.__qualname__ = 'SignalDict'
_SignalDict.__module__ = 'abc'


def _signal_bits_from(value, name):
    if value is None:
        return None
    if isinstance(value, _SignalDict):
        return value._bits()
    if isinstance(value, dict):
        bits = 0
        keys = [cls for cls, _ in _SIGNALS]
        if len(value) != len(keys) or any(k not in value for k in keys):
            raise KeyError('invalid signal dict')
        for k, v in value.items():
            if v:
                bits |= _bits_of_signal(k)
        return bits
    bits = 0
    for sig in value:
        bits |= _bits_of_signal(sig)
    return bits


def _int_field(attr, low, high, message):
    """A Context property whose value is an int in [low, high], kept in `attr`; other ints are a
    ValueError with `message`, other types a TypeError."""
    def get(self):
        return getattr(self, attr)

    def put(self, value):
        if not isinstance(value, int):
            raise TypeError('an integer is required')
        if not low <= value <= high:
            raise ValueError(message)
        object.__setattr__(self, attr, value)
    return property(get, put)


def _unary_of(name, with_context):
    """A Context method that converts its operand and calls the Decimal method of the same name
    (given this context when with_context)."""
    if with_context:
        def method(self, a):
            return getattr(_operand(a), name)(context=self)
    else:
        def method(self, a):
            return getattr(_operand(a), name)()
    method.__name__ = name
    method.__qualname__ = 'Context.' + name
    return method


class Context(object):
    """Context(prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None,
    flags=None, traps=None): the environment of arithmetic operations."""

    def __init__(self, *args, **kwargs):
        if len(args) > 8:
            raise TypeError('function takes at most 8 arguments (%d given)' % len(args))
        values = dict(zip(_LOCAL_KEYS, args))
        for key, value in kwargs.items():
            if key not in _LOCAL_KEYS:
                raise TypeError("'%s' is an invalid keyword argument for this function" % key)
            if key in values:
                raise TypeError("argument for function given by name ('%s') and position (%d)"
                                % (key, _LOCAL_KEYS.index(key) + 1))
            values[key] = value
        self._setup(**values)

    def _setup(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
               clamp=None, flags=None, traps=None):
        base = _DEFAULT_TEMPLATE
        object.__setattr__(self, '_prec', base[0])
        object.__setattr__(self, '_rounding', base[1])
        object.__setattr__(self, '_Emin', base[2])
        object.__setattr__(self, '_Emax', base[3])
        object.__setattr__(self, '_capitals', base[4])
        object.__setattr__(self, '_clamp', base[5])
        object.__setattr__(self, '_flags', 0)
        object.__setattr__(self, '_traps', base[6])
        if prec is not None:
            self.prec = prec
        if rounding is not None:
            self.rounding = rounding
        if Emin is not None:
            self.Emin = Emin
        if Emax is not None:
            self.Emax = Emax
        if capitals is not None:
            self.capitals = capitals
        if clamp is not None:
            self.clamp = clamp
        t = _signal_bits_from(traps, 'traps')
        if t is not None:
            object.__setattr__(self, '_traps', t)
        fl = _signal_bits_from(flags, 'flags')
        if fl is not None:
            object.__setattr__(self, '_flags', fl)

    # -- attributes ------------------------------------------------------------------------

    # prec, Emin, Emax, capitals and clamp: ints in a range (their values live in _prec, ...).
    prec = _int_field('_prec', 1, MAX_PREC, 'valid range for prec is [1, MAX_PREC]')
    def _get_rounding(self):
        return self._rounding

    def _set_rounding(self, value):
        if not isinstance(value, str) or value not in _ROUNDINGS:
            raise TypeError(_ROUNDING_MESSAGE)
        object.__setattr__(self, '_rounding', value)

    rounding = property(_get_rounding, _set_rounding)

    Emin = _int_field('_Emin', MIN_EMIN, 0, 'valid range for Emin is [MIN_EMIN, 0]')
    Emax = _int_field('_Emax', 0, MAX_EMAX, 'valid range for Emax is [0, MAX_EMAX]')
    capitals = _int_field('_capitals', 0, 1, 'valid values for capitals are 0 or 1')
    clamp = _int_field('_clamp', 0, 1, 'valid values for clamp are 0 or 1')

    @property
    def flags(self):
        return _SignalDict(self, '_flags')

    @flags.setter
    def flags(self, value):
        if not isinstance(value, (dict, _SignalDict)):
            raise TypeError('argument must be a signal dict')
        object.__setattr__(self, '_flags', _signal_bits_from(value, 'flags'))

    @property
    def traps(self):
        return _SignalDict(self, '_traps')

    @traps.setter
    def traps(self, value):
        if not isinstance(value, (dict, _SignalDict)):
            raise TypeError('argument must be a signal dict')
        object.__setattr__(self, '_traps', _signal_bits_from(value, 'traps'))

    def __setattr__(self, name, value):
        if name in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps',
                    '_flags', '_traps'):
            object.__setattr__(self, name, value)
        else:
            raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)

    def __delattr__(self, name):
        raise AttributeError('context attributes cannot be deleted')

    def Etiny(self):
        return self._Emin - self._prec + 1

    def Etop(self):
        return self._Emax - self._prec + 1

    def radix(self):
        return Decimal(10)

    def clear_flags(self):
        object.__setattr__(self, '_flags', 0)

    def clear_traps(self):
        object.__setattr__(self, '_traps', 0)

    def copy(self):
        c = Context.__new__(Context)
        for name in ('_prec', '_rounding', '_Emin', '_Emax', '_capitals', '_clamp', '_flags',
                     '_traps'):
            object.__setattr__(c, name, getattr(self, name))
        return c

    __copy__ = copy

    def __reduce__(self):
        return (Context, (self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                          self.clamp, [s for s, b in _SIGNALS if self._flags & b],
                          [s for s, b in _SIGNALS if self._traps & b]))

    def __repr__(self):
        def names(bits):
            return ', '.join(name for name, b in _REPR_ORDER if bits & b)
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, '
                'flags=[%s], traps=[%s])' % (self._prec, self._rounding, self._Emin,
                                             self._Emax, self._capitals, self._clamp,
                                             names(self._flags), names(self._traps)))

    def _raise_status(self, bits):
        object.__setattr__(self, '_flags', self._flags | bits)
        trapped = bits & self._traps
        if trapped:
            for cls, b in _SIGNALS:
                if trapped & b:
                    raise cls([c for c, cb in _CONDITION_LIST if trapped & cb])

    # -- creating numbers ------------------------------------------------------------------

    def create_decimal(self, num='0'):
        if isinstance(num, str):
            parsed = _scan(num, True)
            if parsed is None:
                self._raise_status(_C_SYNTAX)
                return _make(0, 0, 0, _QNAN)
            sign, coef, exp, kind = parsed
            d = _make(sign, coef, exp, kind)
        elif isinstance(num, float):
            self._raise_status(_C_FLOAT)
            d = _from_float(num, Decimal)
        elif isinstance(num, (Decimal, int, tuple, list)):
            d = Decimal(num)
        else:
            raise _conversion_error(num)
        st = _Status()
        if d._kind >= _QNAN:
            if d._coef and _ndigits(d._coef) > self.prec - self.clamp:
                self._raise_status(_C_SYNTAX)
                return _make(0, 0, 0, _QNAN)
            return d
        if d._kind == _INF:
            return d
        return _apply(self, st, _finish(d._sign, d._coef, d._exp, self, st))

    def create_decimal_from_float(self, f):
        d = Decimal.from_float(f)
        st = _Status()
        if d._kind != _FINITE:
            return d
        return _apply(self, st, _finish(d._sign, d._coef, d._exp, self, st))

    # -- operations ------------------------------------------------------------------------

    def abs(self, a):
        return _unary(_operand(a), self, 'abs')

    def minus(self, a):
        return _unary(_operand(a), self, 'minus')

    def plus(self, a):
        return _unary(_operand(a), self, 'plus')

    def add(self, a, b):
        return _add(_operand(a), _operand(b), self, False)

    def subtract(self, a, b):
        return _add(_operand(a), _operand(b), self, True)

    def multiply(self, a, b):
        return _mul(_operand(a), _operand(b), self)

    def divide(self, a, b):
        return _div(_operand(a), _operand(b), self)

    def divide_int(self, a, b):
        return _divmod(_operand(a), _operand(b), self, 'q')

    def remainder(self, a, b):
        return _divmod(_operand(a), _operand(b), self, 'r')

    def divmod(self, a, b):
        return _divmod(_operand(a), _operand(b), self, 'qr')

    def power(self, a, b, modulo=None):
        a = _operand(a)
        b = _operand(b)
        if modulo is not None:
            modulo = _operand(modulo)
        return _power(a, b, modulo, self)

    def fma(self, a, b, c):
        return _operand(a).fma(b, c, context=self)

    def to_sci_string(self, a):
        return _operand(a)._text(self.capitals)

    def to_eng_string(self, a):
        return _operand(a)._text(self.capitals, True)

    def copy_decimal(self, a):
        return Decimal(_operand(a))

    # The one-operand queries that only hand the operand (and, for some, this context) on.
    copy_abs = _unary_of('copy_abs', False)
    copy_negate = _unary_of('copy_negate', False)
    is_finite = _unary_of('is_finite', False)
    is_infinite = _unary_of('is_infinite', False)
    is_nan = _unary_of('is_nan', False)
    is_qnan = _unary_of('is_qnan', False)
    is_snan = _unary_of('is_snan', False)
    is_signed = _unary_of('is_signed', False)
    is_zero = _unary_of('is_zero', False)
    is_normal = _unary_of('is_normal', True)
    is_subnormal = _unary_of('is_subnormal', True)
    number_class = _unary_of('number_class', True)

    def copy_sign(self, a, b):
        return _operand(a).copy_sign(b)

    def is_canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        return True

    def canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        return a

    def same_quantum(self, a, b):
        return _operand(a).same_quantum(b)

    def _apply(self, a):
        return self.plus(a)


def _delegate(name, arity):
    if arity == 1:
        def method(self, a):
            return getattr(_operand(a), name)(context=self)
    else:
        def method(self, a, b):
            return getattr(_operand(a), name)(b, context=self)
    method.__name__ = name
    method.__qualname__ = 'Context.' + name
    return method


for _name in ('exp', 'ln', 'log10', 'logb', 'sqrt', 'normalize', 'next_minus', 'next_plus',
              'to_integral_value', 'to_integral', 'to_integral_exact', 'logical_invert'):
    setattr(Context, _name, _delegate(_name, 1))
for _name in ('compare', 'compare_signal', 'compare_total', 'compare_total_mag', 'max', 'min',
              'max_mag', 'min_mag', 'next_toward', 'quantize', 'remainder_near', 'rotate',
              'scaleb', 'shift', 'logical_and', 'logical_or', 'logical_xor'):
    setattr(Context, _name, _delegate(_name, 2))
del _name


# prec, rounding, Emin, Emax, capitals, clamp, traps of a Context() built with no arguments
_DEFAULT_TEMPLATE = [28, ROUND_HALF_EVEN, -999999, 999999, 1, 0,
                     _ANY_INVALID | _C_DIVZERO | _C_OVERFLOW]

DefaultContext = Context()
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[Clamped, InvalidOperation, DivisionByZero, Overflow, Underflow])
ExtendedContext = Context(prec=9, traps=[])


# The current context of each thread: the main thread's under None, another thread's under its
# ident (Dyad's threads run one at a time, so threading.get_ident() tells them apart). A thread
# starts with a copy of DefaultContext, as in CPython.
_current = {}


def _thread_key():
    threading = _sys.modules.get('threading')
    if threading is None:
        return None
    ident = threading.get_ident()
    if ident == getattr(threading, '_MAIN_IDENT', None):
        return None
    return ident


def getcontext(*no_arguments):
    """The current context of this thread (a copy of DefaultContext the first time)."""
    if no_arguments:
        raise TypeError('decimal.getcontext() takes no arguments (%d given)' % len(no_arguments))
    key = _thread_key()
    ctx = _current.get(key)
    if ctx is None:
        ctx = _current[key] = _from_default()
    return ctx


def _from_default():
    c = DefaultContext.copy()
    object.__setattr__(c, '_flags', 0)
    return c


def setcontext(context):
    """Make context the current context of this thread (DefaultContext, BasicContext and
    ExtendedContext are copied first)."""
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        object.__setattr__(context, '_flags', 0)
    _current[_thread_key()] = context


class _ContextManager(object):
    def __init__(self, ctx):
        self.new_context = ctx

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, *args):
        setcontext(self.saved_context)


_ContextManager.__name__ = _ContextManager.__qualname__ = 'ContextManager'




def localcontext(ctx=None, **kwargs):
    """A context manager that makes a copy of ctx (default: the current context), with the
    given attributes changed, the current context inside a with statement."""
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError('optional argument must be a context')
    new = ctx.copy()
    for key, value in kwargs.items():
        if key not in _LOCAL_KEYS:
            raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        if key in ('flags', 'traps'):
            # as in Context(): a list of signals or a complete signal dict
            object.__setattr__(new, '_' + key, _signal_bits_from(value, key))
        else:
            setattr(new, key, value)
    return _ContextManager(new)


_numbers.Number.register(Decimal)


def _set_names():
    try:
        import _dyad_type
    except ImportError:
        return
    _dyad_type.set_tp_name(Decimal, 'decimal.Decimal')
    _dyad_type.set_tp_name(Context, 'decimal.Context')


_set_names()
