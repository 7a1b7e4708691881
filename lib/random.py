"""Pseudo-random numbers for Dyad, with the API and the seeded sequences of CPython 3.11.

The bit source is the native Mersenne Twister in src/modules/random.ts (`_random.Random`,
seeded the way CPython seeds it). The class below layers on it the conversions of seed
arguments, integers in a range, operations on sequences and the real-valued distributions;
each one consumes the generator's output exactly as CPython's does, so equal seeds give equal
results.
"""

from _random import Random as _MersenneCore
from _bisect import bisect_right as _bisect_right
from _dyad_os import urandom as _os_entropy
from math import (log as _log, exp as _exp, sqrt as _sqrt, ceil as _ceil, isfinite as _isfinite,
                  cos as _cos, sin as _sin, acos as _acos, pi as _pi, e as _e)

__all__ = [
    "Random", "SystemRandom", "seed", "random", "uniform", "randint", "choice", "sample",
    "randrange", "shuffle", "normalvariate", "lognormvariate", "expovariate",
    "vonmisesvariate", "gammavariate", "triangular", "gauss", "betavariate", "paretovariate",
    "weibullvariate", "getstate", "setstate", "getrandbits", "choices", "randbytes",
]

# Public constants of the module (values as CPython defines them).
NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
TWOPI = 2.0 * _pi
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53
RECIP_BPF = 2 ** -BPF

_STATE_FORMAT = 3
_WORD_COUNT = 624
_LOW64 = (1 << 64) - 1
_UNIT_STEP = 1          # randrange's default step, told apart from an explicit one by identity
_FLOAT_DENOM = 1 << BPF  # random() returns multiples of 1/_FLOAT_DENOM


# --- small helpers ------------------------------------------------------------------------------

def _as_index(value):
    """operator.index(value): range() performs the same __index__ conversion and checks."""
    return range(value).stop


def _deprecation(text):
    from warnings import warn
    # stack: warn <- _deprecation <- _randrange_arg <- randrange <- its caller
    warn(text, DeprecationWarning, 4)


def _randrange_arg(value, label):
    """An argument of randrange() as an int. Objects without __index__ that int() turns into
    an equal value are still taken (with CPython 3.11's deprecation warning)."""
    try:
        return _as_index(value)
    except TypeError:
        whole = int(value)
        if whole != value:
            _deprecation('randrange() will raise TypeError in the future')
            raise ValueError('non-integer ' + label + ' for randrange()')
    _deprecation('non-integer arguments to randrange() have been deprecated since Python 3.10 '
                 'and will be removed in a subsequent version')
    return whole


def _running_totals(values):
    """The partial sums of values (itertools.accumulate, as a list)."""
    totals = []
    acc = None
    first = True
    for v in values:
        if first:
            acc = v
            first = False
        else:
            acc = acc + v
        totals.append(acc)
    return totals


def _legacy_str_seed(text):
    """The integer that version-1 seeding derives from a str (or bytes read as latin-1):
    the 64-bit string hash of Python 2."""
    codes = list(text) if isinstance(text, bytes) else [ord(ch) for ch in text]
    h = codes[0] << 7 if codes else 0
    for c in codes:
        h = ((h * 1000003) ^ c) & _LOW64
    return h ^ len(codes)


def _sha512_seed(data):
    """The integer that version-2 seeding derives from a str, bytes or bytearray: the bytes
    followed by their SHA-512 digest, read big-endian."""
    from _dyad_hash import digest
    raw = data.encode() if isinstance(data, str) else bytes(data)
    return int.from_bytes(raw + digest('sha512', raw), 'big')


_SEEDABLE = (type(None), int, float, str, bytes, bytearray)
_ABC_FREE_SEQUENCES = (list, tuple, str, range, bytes, bytearray, memoryview)


def _is_sequence(obj):
    if isinstance(obj, _ABC_FREE_SEQUENCES):
        return True
    from collections.abc import Sequence
    return isinstance(obj, Sequence)


# --- the generator ------------------------------------------------------------------------------

class Random(_MersenneCore):
    """A seedable generator of pseudo-random numbers (the type behind the module functions).

    A subclass may supply its own random() and/or getrandbits(); integer results are then
    drawn from getrandbits() when the subclass defines it, else from random()."""

    VERSION = _STATE_FORMAT

    def __init__(self, x=None):
        self.seed(x)
        self.gauss_next = None

    def __init_subclass__(cls, /, **kwargs):
        # The nearest class in the MRO that defines one of these decides how integers are made.
        for klass in cls.__mro__:
            own = klass.__dict__
            if '_randbelow' in own:
                return
            if 'getrandbits' in own:
                cls._randbelow = cls._randbelow_with_getrandbits
                return
            if 'random' in own:
                cls._randbelow = cls._randbelow_without_getrandbits
                return

    # state -------------------------------------------------------------------------------------

    def seed(self, a=None, version=2):
        """Reset the generator from None (fresh entropy), an int, a float, a str, bytes or a
        bytearray."""
        if version == 2 and isinstance(a, (str, bytes, bytearray)):
            a = _sha512_seed(a)
        elif version == 1 and isinstance(a, (str, bytes)):
            a = _legacy_str_seed(a)
        elif not isinstance(a, _SEEDABLE):
            raise TypeError('The only supported seed types are: None,\n'
                            'int, float, str, bytes, and bytearray.')
        if a is None:
            a = int.from_bytes(_os_entropy(32), 'little')
        super().seed(a)
        self.gauss_next = None

    def getstate(self):
        """A tuple capturing the generator, for setstate()."""
        return (self.VERSION, super().getstate(), self.gauss_next)

    def setstate(self, state):
        """Restore a state taken by getstate() (also the older version-2 format)."""
        version = state[0]
        if version != 2 and version != 3:
            raise ValueError('state with version %s passed to Random.setstate() of version %s'
                             % (version, self.VERSION))
        version, words, self.gauss_next = state
        if version == 2:
            # Version 2 stored the words as signed C longs.
            try:
                words = tuple(w % (2 ** 32) for w in words)
            except ValueError as err:
                raise TypeError from err
        super().setstate(words)

    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return (self.__class__, (), self.getstate())

    # integers ----------------------------------------------------------------------------------

    def _randbelow_with_getrandbits(self, n):
        """Uniform on range(n): draw n.bit_length() bits until the value is below n."""
        width = n.bit_length()
        while True:
            r = self.getrandbits(width)
            if r < n:
                return r

    def _randbelow_without_getrandbits(self, n, maxsize=_FLOAT_DENOM):
        """Uniform on range(n) for generators that only have random()."""
        if n >= maxsize:
            from warnings import warn
            warn("Underlying random() generator does not supply \n"
                 "enough bits to choose from a population range this large.\n"
                 "To remove the range limitation, add a getrandbits() method.")
            return int(self.random() * n)
        # Each random() is a multiple of 1/maxsize; drop the top maxsize % n multiples so that
        # every residue is equally likely.
        usable = maxsize - maxsize % n
        while True:
            m = int(self.random() * maxsize)
            if m < usable:
                return m % n

    _randbelow = _randbelow_with_getrandbits

    def randrange(self, start, stop=None, step=_UNIT_STEP):
        """A random member of range(start, stop, step)."""
        lo = start if type(start) is int else _randrange_arg(start, 'arg 1')
        if stop is None:
            if step is not _UNIT_STEP:
                raise TypeError('Missing a non-None stop argument')
            if lo > 0:
                return self._randbelow(lo)
            raise ValueError('empty range for randrange()')
        hi = stop if type(stop) is int else _randrange_arg(stop, 'stop')
        span = hi - lo
        stride = step if type(step) is int else _randrange_arg(step, 'step')
        if stride == 1:
            if span > 0:
                return lo + self._randbelow(span)
            raise ValueError('empty range for randrange() (%d, %d, %d)' % (lo, hi, span))
        if not stride:
            raise ValueError('zero step for randrange()')
        count = -(-span // stride)      # len(range(lo, hi, stride))
        if count > 0:
            return lo + stride * self._randbelow(count)
        raise ValueError('empty range for randrange()')

    def randint(self, a, b):
        """A random int N with a <= N <= b."""
        return self.randrange(a, b + 1)

    def randbytes(self, n):
        """n random bytes."""
        return self.getrandbits(n * 8).to_bytes(n, 'little')

    # sequences ---------------------------------------------------------------------------------

    def choice(self, seq):
        """A random element of a non-empty sequence."""
        size = len(seq)
        if size:
            return seq[self._randbelow(size)]
        raise IndexError('Cannot choose from an empty sequence')

    def shuffle(self, x):
        """Shuffle the mutable sequence x in place (Fisher-Yates from the end)."""
        below = self._randbelow
        for top in range(len(x) - 1, 0, -1):
            other = below(top + 1)
            x[top], x[other] = x[other], x[top]

    def sample(self, population, k, *, counts=None):
        """k distinct draws (without replacement) from a sequence; counts= gives each element
        a number of copies."""
        if not _is_sequence(population):
            raise TypeError('Population must be a sequence.  For dicts or sets, use sorted(d).')
        size = len(population)
        if counts is not None:
            bounds = _running_totals(counts)
            if len(bounds) != size:
                raise ValueError('The number of counts does not match the population')
            total = bounds.pop()
            if not isinstance(total, int):
                raise TypeError('Counts must be integers')
            if total <= 0:
                raise ValueError('Total of counts must be greater than zero')
            return [population[_bisect_right(bounds, slot)]
                    for slot in self.sample(range(total), k=k)]
        if not 0 <= k <= size:
            raise ValueError('Sample larger than population or is negative')
        picks = [None] * k
        below = self._randbelow
        # Small populations: draw from a shrinking copy. Large ones: draw indices and redraw
        # repeats, remembering the indices in a set.
        copy_limit = 21
        if k > 5:
            copy_limit += 4 ** _ceil(_log(k * 3, 4))
        if size <= copy_limit:
            pool = list(population)
            left = size
            for slot in range(k):
                j = below(left)
                left -= 1
                picks[slot] = pool[j]
                pool[j] = pool[left]
        else:
            used = set()
            for slot in range(k):
                j = below(size)
                while j in used:
                    j = below(size)
                used.add(j)
                picks[slot] = population[j]
        return picks

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """k draws with replacement, uniform or weighted (relative or cumulative weights)."""
        draw = self.random
        size = len(population)
        if cum_weights is None:
            if weights is None:
                scale = size + 0.0
                return [population[int(draw() * scale)] for _ in range(k)]
            try:
                cum_weights = _running_totals(weights)
            except TypeError:
                if isinstance(weights, int):
                    raise TypeError('The number of choices must be a keyword argument: k=%r'
                                    % (weights,)) from None
                raise
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != size:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _isfinite(total):
            raise ValueError('Total of weights must be finite')
        last = size - 1
        return [population[_bisect_right(cum_weights, draw() * total, 0, last)]
                for _ in range(k)]

    # real-valued distributions -----------------------------------------------------------------

    def uniform(self, a, b):
        """A float between a and b."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution on [low, high] with its peak at mode (default: midpoint)."""
        u = self.random()
        if mode is None:
            split = 0.5
        else:
            try:
                split = (mode - low) / (high - low)
            except ZeroDivisionError:
                return low
        if u > split:
            # mirror the draw onto the other side of the peak
            return high + (low - high) * _sqrt((1.0 - u) * (1.0 - split))
        return low + (high - low) * _sqrt(u * split)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution by the ratio-of-uniforms method of Kinderman and Monahan."""
        while True:
            x = self.random()
            y = 1.0 - self.random()
            z = NV_MAGICCONST * (x - 0.5) / y
            if z * z / 4.0 <= -_log(y):
                return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Normal distribution by Box-Muller; every other call uses the second value of a pair."""
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            angle = self.random() * TWOPI
            radius = _sqrt(-2.0 * _log(1.0 - self.random()))
            z = _cos(angle) * radius
            self.gauss_next = _sin(angle) * radius
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """A value whose natural log is normal with mean mu and deviation sigma."""
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        """Exponential distribution with rate lambd (mean 1/lambd)."""
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Von Mises distribution of angles: mean angle mu, concentration kappa."""
        if kappa <= 1e-6:
            return TWOPI * self.random()
        half = 0.5 / kappa
        rho = half + _sqrt(1.0 + half * half)
        while True:
            z = _cos(_pi * self.random())
            d = z / (rho + z)
            u = self.random()
            if u < 1.0 - d * d or u <= (1.0 - d) * _exp(d):
                break
        inv = 1.0 / rho
        cos_offset = (inv + z) / (1.0 + inv * z)
        if self.random() > 0.5:
            return (mu + _acos(cos_offset)) % TWOPI
        return (mu - _acos(cos_offset)) % TWOPI

    def gammavariate(self, alpha, beta):
        """Gamma distribution with shape alpha and scale beta."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        if alpha > 1.0:
            return _gamma_cheng(self.random, alpha) * beta
        if alpha == 1.0:
            return -_log(1.0 - self.random()) * beta
        return _gamma_small_shape(self.random, alpha) * beta

    def betavariate(self, alpha, beta):
        """Beta distribution, as a ratio of two gamma variates."""
        g = self.gammavariate(alpha, 1.0)
        if not g:
            return 0.0
        return g / (g + self.gammavariate(beta, 1.0))

    def paretovariate(self, alpha):
        """Pareto distribution with shape alpha."""
        return (1.0 - self.random()) ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution with scale alpha and shape beta."""
        return alpha * (-_log(1.0 - self.random())) ** (1.0 / beta)


def _gamma_cheng(rand, alpha):
    """Gamma(alpha, 1) for alpha > 1: R. C. H. Cheng's rejection method (1977), with the
    quick acceptance test."""
    a = _sqrt(2.0 * alpha - 1.0)
    b = alpha - LOG4
    c = alpha + a
    while True:
        u = rand()
        if not 1e-7 < u < 0.9999999:
            continue
        w = 1.0 - rand()
        v = _log(u / (1.0 - u)) / a
        x = alpha * _exp(v)
        z = u * u * w
        t = b + c * v - x
        if t + SG_MAGICCONST - 4.5 * z >= 0.0 or t >= _log(z):
            return x


def _gamma_small_shape(rand, alpha):
    """Gamma(alpha, 1) for 0 < alpha < 1: the rejection algorithm GS of Ahrens and Dieter."""
    while True:
        b = (_e + alpha) / _e
        p = b * rand()
        if p <= 1.0:
            x = p ** (1.0 / alpha)
            if rand() <= _exp(-x):
                return x
        else:
            x = -_log((b - p) / alpha)
            if rand() <= x ** (alpha - 1.0):
                return x


# --- operating-system entropy -------------------------------------------------------------------

def _entropy_bytes(n):
    """os.urandom(n): n bytes from the platform's secure source."""
    n = _as_index(n)
    if n < 0:
        raise ValueError('negative argument not allowed')
    return _os_entropy(n)


class SystemRandom(Random):
    """A generator that reads the operating system's entropy source on every call. It has no
    state: seed() does nothing, getstate() and setstate() raise NotImplementedError."""

    def random(self):
        """A float in [0.0, 1.0) built from 53 fresh random bits."""
        return (int.from_bytes(_entropy_bytes(7), 'big') >> 3) * RECIP_BPF

    def getrandbits(self, k):
        """An int of k random bits."""
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        nbytes = (k + 7) // 8
        surplus = nbytes * 8 - k
        return int.from_bytes(_entropy_bytes(nbytes), 'big') >> surplus

    def randbytes(self, n):
        """n random bytes."""
        return _entropy_bytes(n)

    def seed(self, *args, **kwds):
        """Accepted and ignored: an entropy source cannot be seeded."""
        return None

    def _notimplemented(self, *args, **kwds):
        raise NotImplementedError('System entropy source does not have state.')

    getstate = setstate = _notimplemented


# --- the shared generator behind the module-level functions -------------------------------------

_inst = Random()

# state and raw output
seed = _inst.seed
getstate = _inst.getstate
setstate = _inst.setstate
random = _inst.random
getrandbits = _inst.getrandbits
randbytes = _inst.randbytes
# integers and sequences
randrange = _inst.randrange
randint = _inst.randint
choice = _inst.choice
choices = _inst.choices
shuffle = _inst.shuffle
sample = _inst.sample
# distributions
uniform = _inst.uniform
triangular = _inst.triangular
gauss = _inst.gauss
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
