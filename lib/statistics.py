"""Descriptive statistics for Dyad, with the API and the results of CPython 3.11's module.

Averages and spreads of int, float and Fraction data are worked out exactly: every value is
turned into an integer ratio, the ratios are added over a common denominator, and only the
final answer is converted back to the type of the data (a correctly rounded float where a
float is due, including the square roots of stdev/pstdev). The few functions that CPython
defines with float arithmetic (fmean, covariance, correlation, linear_regression, the
interpolating medians and quantiles, NormalDist) do the same float operations in the same order.
"""

__all__ = [
    'NormalDist', 'StatisticsError', 'correlation', 'covariance', 'fmean', 'geometric_mean',
    'harmonic_mean', 'linear_regression', 'mean', 'median', 'median_grouped', 'median_high',
    'median_low', 'mode', 'multimode', 'pstdev', 'pvariance', 'quantiles', 'stdev', 'variance',
]

import math
import sys
from fractions import Fraction
from collections import namedtuple
from _bisect import bisect_left as _first_at, bisect_right as _past_last


class StatisticsError(ValueError):
    pass


# === exact arithmetic ============================================================================

def _integer_ratio(x):
    """(numerator, denominator) of a finite number x; None for an infinity or a NaN."""
    try:
        to_ratio = x.as_integer_ratio
    except AttributeError:
        try:
            return (x.numerator, x.denominator)
        except AttributeError:
            raise TypeError("can't convert type '%s' to numerator/denominator"
                            % type(x).__name__)
    try:
        return to_ratio()
    except (OverflowError, ValueError):
        return None


def _merge_types(a, b):
    """The type a result is reported in when the data mixes values of types a and b."""
    if a is b or b is int or b is bool:
        return a
    if a is int:
        return b
    if issubclass(b, a):
        return b
    if issubclass(a, b):
        return a
    if issubclass(a, int):
        return b
    if issubclass(b, int):
        return a
    if issubclass(a, Fraction) and issubclass(b, float):
        return b
    if issubclass(a, float) and issubclass(b, Fraction):
        return a
    raise TypeError("don't know how to coerce %s and %s" % (a.__name__, b.__name__))


def _ratio_sum(groups):
    """The exact sum, as a Fraction, of numerators grouped by denominator {den: num}."""
    if not groups:
        return Fraction(0)
    common = math.lcm(*groups)
    top = 0
    for den, num in groups.items():
        top += num * (common // den)
    return Fraction(top, common)


class _Tally:
    """One pass over numeric data: how many values, their types, and exact sums.

    total is a Fraction, unless the data held infinities or NaNs: then it is the plain sum of
    just those values (the finite ones cannot change it). squares, kept on request, is the exact
    sum of the squares (finite data only)."""

    __slots__ = ('count', 'kind', 'total', 'squares')

    def __init__(self, data, want_squares=False):
        plain = {}
        squared = {}
        special = None
        kinds = []
        last_type = None
        count = 0
        for x in data:
            count += 1
            t = type(x)
            if t is not last_type:
                last_type = t
                if t not in kinds:
                    kinds.append(t)
            if t is int:
                num = x
                den = 1
            else:
                pair = _integer_ratio(x)
                if pair is None:
                    special = x if special is None else special + x
                    continue
                num, den = pair
            plain[den] = plain.get(den, 0) + num
            if want_squares:
                squared[den] = squared.get(den, 0) + num * num
        kind = int
        for t in kinds:
            kind = _merge_types(kind, t)
        self.count = count
        self.kind = kind
        if special is not None:
            self.total = special
            self.squares = None
        else:
            self.total = _ratio_sum(plain)
            if want_squares:
                self.squares = _ratio_sum({d * d: n for d, n in squared.items()})
            else:
                self.squares = None


def _deviation_tally(data, center):
    """(result type, sum of squared deviations, center, count). With no center given the
    deviations are from the exact mean and the sum is exact; with one, each deviation is
    computed in the data's own arithmetic, as CPython does, and then summed exactly."""
    if center is not None:
        t = _Tally(d * d for d in (x - center for x in data))
        return t.kind, t.total, center, t.count
    t = _Tally(data, want_squares=True)
    n = t.count
    if n == 0:
        zero = Fraction(0)
        return t.kind, zero, zero, 0
    if t.squares is None:
        return t.kind, t.total, t.total, n
    mean = t.total / n
    return t.kind, t.squares - t.total * mean, mean, n


def _to_type(value, kind):
    """An exact result given back as the data's type (a float when an int type would lose
    a fraction)."""
    if type(value) is kind:
        return value
    if issubclass(kind, int) and value.denominator != 1:
        kind = float
    try:
        return kind(value)
    except TypeError:
        # Decimal takes no Fraction: divide numerator by denominator in its arithmetic
        if not hasattr(value, 'numerator'):
            raise
        return kind(value.numerator) / kind(value.denominator)


def _sqrt_ratio(num, den):
    """The float nearest to sqrt(num / den), for ints num >= 0 and den > 0.

    The ratio is scaled by a power of 4 so that its integer square root has at least 55
    bits; an inexact root gets its lowest bit set, which makes the single rounding to 53 bits
    (by int -> float conversion or int / int division) the correct one."""
    shift = (110 - num.bit_length() + den.bit_length()) // 2
    if shift >= 0:
        whole, rest = divmod(num << (2 * shift), den)
    else:
        whole, rest = divmod(num, den << (-2 * shift))
    root = math.isqrt(whole)
    if rest or root * root != whole:
        root |= 1
    if shift >= 0:
        return root / (1 << shift)
    return float(root << -shift)


# === averages ===================================================================================

def mean(data):
    """The arithmetic mean, computed exactly and given in the type of the data."""
    t = _Tally(data)
    if t.count < 1:
        raise StatisticsError('mean requires at least one data point')
    return _to_type(t.total / t.count, t.kind)


def fmean(data, weights=None):
    """The mean as a float, fast (math.fsum); optionally weighted."""
    try:
        size = len(data)
    except TypeError:
        data = list(data)
        size = len(data)
    if weights is None:
        total = math.fsum(data)
        if size == 0:
            raise StatisticsError('fmean requires at least one data point')
        return total / size
    if not hasattr(type(weights), '__len__'):
        weights = list(weights)
    weighted = math.fsum(x * w for x, w in zip(data, weights))
    if len(weights) != size:
        raise StatisticsError('data and weights must be the same length')
    weight = math.fsum(weights)
    if not weight:
        raise StatisticsError('sum of weights must be non-zero')
    return weighted / weight


def geometric_mean(data):
    """The geometric mean, as a float (through logarithms)."""
    try:
        return math.exp(fmean(map(math.log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset containing '
                              'positive numbers') from None


_NEGATIVE_HARMONIC = 'harmonic mean does not support negative values'


def _no_negatives(values):
    for v in values:
        if v < 0:
            raise StatisticsError(_NEGATIVE_HARMONIC)
        yield v


def harmonic_mean(data, weights=None):
    """The harmonic mean (reciprocal of the mean reciprocal), optionally weighted."""
    if iter(data) is data:
        data = list(data)
    size = len(data)
    if size < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if weights is None:
        if size == 1:
            import numbers
            only = data[0]
            if not isinstance(only, numbers.Real):
                raise TypeError('unsupported type')
            if only < 0:
                raise StatisticsError(_NEGATIVE_HARMONIC)
            return only
        weights = [1] * size
        weight_total = size
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != size:
            raise StatisticsError('Number of weights does not match data size')
        weight_total = _Tally(_no_negatives(weights)).total
    try:
        t = _Tally((w / x if w else 0) for w, x in zip(weights, _no_negatives(data)))
    except ZeroDivisionError:
        return 0
    if t.total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _to_type(weight_total / t.total, t.kind)


def _sorted_nonempty(data):
    values = sorted(data)
    if not values:
        raise StatisticsError('no median for empty data')
    return values


def median(data):
    """The middle value, or the mean of the two middle values."""
    values = _sorted_nonempty(data)
    half, odd = divmod(len(values), 2)
    if odd:
        return values[half]
    return (values[half - 1] + values[half]) / 2


def median_low(data):
    """The middle value, or the smaller of the two middle values."""
    values = _sorted_nonempty(data)
    return values[(len(values) - 1) // 2]


def median_high(data):
    """The middle value, or the larger of the two middle values."""
    values = _sorted_nonempty(data)
    return values[len(values) // 2]


def median_grouped(data, interval=1.0):
    """The 50th percentile of data grouped in classes of width interval, interpolated."""
    values = _sorted_nonempty(data)
    size = len(values)
    middle = values[size // 2]
    below = _first_at(values, middle)
    upto = _past_last(values, middle, lo=below)
    try:
        interval = float(interval)
        middle = float(middle)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    lower_limit = middle - interval / 2.0
    return lower_limit + interval * (size / 2 - below) / (upto - below)


def _frequencies(data):
    table = {}
    for x in data:
        table[x] = table.get(x, 0) + 1
    return table


def mode(data):
    """The most common value (the first one met, on a tie)."""
    table = _frequencies(data)
    if not table:
        raise StatisticsError('no mode for empty data')
    top = max(table.values())
    for value, seen in table.items():
        if seen == top:
            return value


def multimode(data):
    """All the most common values, in order of first appearance."""
    table = _frequencies(data)
    if not table:
        return []
    top = max(table.values())
    return [value for value, seen in table.items() if seen == top]


def quantiles(data, *, n=4, method='exclusive'):
    """The n - 1 cut points dividing data into n intervals of equal probability."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    values = sorted(data)
    size = len(values)
    if size < 2:
        raise StatisticsError('must have at least two data points')
    if method == 'inclusive':
        span = size - 1
    elif method == 'exclusive':
        span = size + 1
    else:
        raise ValueError(f'Unknown method: {method!r}')
    cuts = []
    for i in range(1, n):
        position = i * span          # the cut point's position, times n
        lower = position // n
        if method == 'exclusive':
            # positions count from 1 here, and the ends extrapolate the outer pairs
            lower = min(max(lower, 1), size - 1) - 1
            weight = position - (lower + 1) * n
        else:
            weight = position - lower * n
        cuts.append((values[lower] * (n - weight) + values[lower + 1] * weight) / n)
    return cuts


# === spread ===================================================================================

def variance(data, xbar=None):
    """Sample variance (n - 1 in the denominator), in the type of the data."""
    kind, ss, _, count = _deviation_tally(data, xbar)
    if count < 2:
        raise StatisticsError('variance requires at least two data points')
    return _to_type(ss / (count - 1), kind)


def pvariance(data, mu=None):
    """Population variance (n in the denominator), in the type of the data."""
    kind, ss, _, count = _deviation_tally(data, mu)
    if count < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _to_type(ss / count, kind)


def _is_decimal_kind(kind):
    module = sys.modules.get('decimal')
    return module is not None and isinstance(kind, type) and issubclass(kind, module.Decimal)


def _decimal_root(num, den, kind):
    """sqrt(num / den) as a Decimal rounded to the current context: Decimal's own square root
    of the rounded quotient, moved one step up or down when the exact root lies beyond the
    midpoint to a neighbour."""
    if num == 0:
        return kind('0.0')       # (CPython's zero, one decimal place)
    root = (kind(num) / kind(den)).sqrt()
    target = Fraction(num, den)
    above = root.next_plus()
    middle = (Fraction(root) + Fraction(above)) / 2
    if target > middle * middle:
        return above
    below = root.next_minus()
    middle = (Fraction(root) + Fraction(below)) / 2
    if below >= 0 and target < middle * middle:
        return below
    return root


def stdev(data, xbar=None):
    """Sample standard deviation, a correctly rounded float (a Decimal for Decimal data)."""
    kind, ss, _, count = _deviation_tally(data, xbar)
    if count < 2:
        raise StatisticsError('stdev requires at least two data points')
    quotient = ss / (count - 1)
    if _is_decimal_kind(kind):
        return _decimal_root(quotient.numerator, quotient.denominator, kind)
    return _sqrt_ratio(quotient.numerator, quotient.denominator)


def pstdev(data, mu=None):
    """Population standard deviation, a correctly rounded float (a Decimal for Decimal
    data)."""
    kind, ss, _, count = _deviation_tally(data, mu)
    if count < 1:
        raise StatisticsError('pstdev requires at least one data point')
    quotient = ss / count
    if _is_decimal_kind(kind):
        return _decimal_root(quotient.numerator, quotient.denominator, kind)
    return _sqrt_ratio(quotient.numerator, quotient.denominator)


# === two variables ============================================================================

def _paired_size(x, y, name):
    size = len(x)
    if len(y) != size:
        raise StatisticsError(name + ' requires that both inputs have same number of data points')
    if size < 2:
        raise StatisticsError(name + ' requires at least two data points')
    return size


def _centered(values, size):
    """values shifted by their float mean (math.fsum(values) / size)."""
    shift = math.fsum(values) / size
    return [v - shift for v in values], shift


def covariance(x, y, /):
    """Sample covariance of two equally long inputs."""
    size = _paired_size(x, y, 'covariance')
    dx, _ = _centered(x, size)
    dy, _ = _centered(y, size)
    return math.fsum(a * b for a, b in zip(dx, dy)) / (size - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of two equally long inputs."""
    size = _paired_size(x, y, 'correlation')
    dx, _ = _centered(x, size)
    dy, _ = _centered(y, size)
    cross = math.fsum(a * b for a, b in zip(dx, dy))
    xx = math.fsum(a * a for a in dx)
    yy = math.fsum(b * b for b in dy)
    try:
        return cross / math.sqrt(xx * yy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    """Ordinary least squares fit y = slope * x + intercept (intercept 0 if proportional)."""
    size = _paired_size(x, y, 'linear regression')
    if proportional:
        cross = math.fsum(a * b for a, b in zip(x, y))
        xx = math.fsum(a * a for a in x)
    else:
        dx, x_mean = _centered(x, size)
        dy, y_mean = _centered(y, size)
        cross = math.fsum(a * b for a, b in zip(dx, dy))
        xx = math.fsum(a * a for a in dx)
    try:
        slope = cross / xx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    intercept = 0.0 if proportional else y_mean - slope * x_mean
    return LinearRegression(slope=slope, intercept=intercept)


# === the normal distribution ==================================================================

def _sample_mean_and_stdev(data):
    kind, ss, center, count = _deviation_tally(data, None)
    if count < 2:
        raise StatisticsError('stdev requires at least two data points')
    quotient = ss / (count - 1)
    if isinstance(quotient, Fraction):
        return float(center), _sqrt_ratio(quotient.numerator, quotient.denominator)
    # infinities or NaNs among the data
    return float(center), float(center) / float(ss)


def _horner(coefficients, r):
    """sum(c * r**i) for coefficients listed from the constant term up, by Horner's rule."""
    acc = coefficients[-1]
    for c in coefficients[-2::-1]:
        acc = acc * r + c
    return acc


# Wichura, "Algorithm AS 241: The percentage points of the normal distribution", Applied
# Statistics 37 (1988): rational approximations (numerator, denominator), constant term first,
# for |p - 0.5| <= 0.425, and for the tails with r = sqrt(-log(min(p, 1 - p))) up to 5 and beyond.
_AS241_A = (
    (3.3871328727963666080e+0, 1.3314166789178437745e+2, 1.9715909503065514427e+3,
     1.3731693765509461125e+4, 4.5921953931549871457e+4, 6.7265770927008700853e+4,
     3.3430575583588128105e+4, 2.5090809287301226727e+3),
    (1.0, 4.2313330701600911252e+1, 6.8718700749205790830e+2, 5.3941960214247511077e+3,
     2.1213794301586595867e+4, 3.9307895800092710610e+4, 2.8729085735721942674e+4,
     5.2264952788528545610e+3),
)
_AS241_B = (
    (1.42343711074968357734e+0, 4.63033784615654529590e+0, 5.76949722146069140550e+0,
     3.64784832476320460504e+0, 1.27045825245236838258e+0, 2.41780725177450611770e-1,
     2.27238449892691845833e-2, 7.74545014278341407640e-4),
    (1.0, 2.05319162663775882187e+0, 1.67638483018380384940e+0, 6.89767334985100004550e-1,
     1.48103976427480074590e-1, 1.51986665636164571966e-2, 5.47593808499534494600e-4,
     1.05075007164441684324e-9),
)
_AS241_C = (
    (6.65790464350110377720e+0, 5.46378491116411436990e+0, 1.78482653991729133580e+0,
     2.96560571828504891230e-1, 2.65321895265761230930e-2, 1.24266094738807843860e-3,
     2.71155556874348757815e-5, 2.01033439929228813265e-7),
    (1.0, 5.99832206555887937690e-1, 1.36929880922735805310e-1, 1.48753612908506148525e-2,
     7.86869131145613259100e-4, 1.84631831751005468180e-5, 1.42151175831644588870e-7,
     2.04426310338993978564e-15),
)


def _standard_normal_quantile(p):
    """x with P(Z <= x) = p for a standard normal Z, 0 < p < 1 (AS 241, PPND16)."""
    q = p - 0.5
    if math.fabs(q) <= 0.425:
        r = 0.180625 - q * q
        top, bottom = _AS241_A
        return _horner(top, r) * q / _horner(bottom, r)
    tail = p if q <= 0.0 else 1.0 - p
    r = math.sqrt(-math.log(tail))
    if r <= 5.0:
        r -= 1.6
        top, bottom = _AS241_B
    else:
        r -= 5.0
        top, bottom = _AS241_C
    x = _horner(top, r) / _horner(bottom, r)
    return -x if q < 0.0 else x


_SQRT2 = math.sqrt(2.0)


class NormalDist:
    "A normal (Gaussian) distribution, given by its mean and standard deviation."

    __slots__ = {'_mu': 'The mean (a float).', '_sigma': 'The standard deviation (a float).'}

    def __init__(self, mu=0.0, sigma=1.0):
        "A normal distribution with mean mu and standard deviation sigma."
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self.__setstate__((float(mu), float(sigma)))

    def __getstate__(self):
        return self._mu, self._sigma

    def __setstate__(self, state):
        self._mu, self._sigma = state

    def _check_spread(self, operation):
        if not self._sigma:
            raise StatisticsError(operation + '() not defined when sigma is zero')

    @classmethod
    def from_samples(cls, data):
        "Estimate mu and sigma from sample data."
        return cls(*_sample_mean_and_stdev(data))

    def samples(self, n, *, seed=None):
        "n random draws from the distribution (reproducible with seed)."
        import random
        draw = random.gauss if seed is None else random.Random(seed).gauss
        mu = self._mu
        sigma = self._sigma
        return [draw(mu, sigma) for _ in range(n)]

    def pdf(self, x):
        "Probability density at x."
        var = self._sigma * self._sigma
        if not var:
            raise StatisticsError('pdf() not defined when sigma is zero')
        gap = x - self._mu
        return math.exp(gap * gap / (-2.0 * var)) / math.sqrt(math.tau * var)

    def cdf(self, x):
        "Probability that a draw is at most x."
        self._check_spread('cdf')
        return 0.5 * (1.0 + math.erf((x - self._mu) / (self._sigma * _SQRT2)))

    def inv_cdf(self, p):
        "The x at which cdf(x) equals p."
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        if self._sigma <= 0.0:
            raise StatisticsError('cdf() not defined when sigma at or below zero')
        return self._mu + _standard_normal_quantile(p) * self._sigma

    def quantiles(self, n=4):
        "The n - 1 cut points dividing the distribution into n equally likely intervals."
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        "The overlapping coefficient: the area shared by the two density curves."
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        narrow, wide = self, other
        if (wide._sigma, wide._mu) < (narrow._sigma, narrow._mu):
            narrow, wide = wide, narrow
        nv = narrow.variance
        wv = wide.variance
        if not (nv and wv):
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = wv - nv
        dm = math.fabs(wide._mu - narrow._mu)
        if not dv:
            return 1.0 - math.erf(dm / (2.0 * narrow._sigma * _SQRT2))
        # the two points where the densities cross
        a = narrow._mu * wv - wide._mu * nv
        b = narrow._sigma * wide._sigma * math.sqrt(dm * dm + dv * math.log(wv / nv))
        x1 = (a + b) / dv
        x2 = (a - b) / dv
        return 1.0 - (math.fabs(wide.cdf(x1) - narrow.cdf(x1))
                      + math.fabs(wide.cdf(x2) - narrow.cdf(x2)))

    def zscore(self, x):
        "How many standard deviations x lies above the mean."
        self._check_spread('zscore')
        return (x - self._mu) / self._sigma

    mean = property(lambda self: self._mu, doc='The mean.')
    median = property(lambda self: self._mu, doc='The median (the mean, by symmetry).')
    mode = property(lambda self: self._mu, doc='The mode (the mean, by symmetry).')
    stdev = property(lambda self: self._sigma, doc='The standard deviation.')
    variance = property(lambda self: self._sigma * self._sigma, doc='The variance.')

    # Sums and differences of independent normal variables, and affine changes of one.

    def __add__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu + other._mu, math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu + other, self._sigma)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu - other._mu, math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu - other, self._sigma)

    def __rsub__(self, other):
        return -(self - other)

    def __mul__(self, factor):
        return NormalDist(self._mu * factor, self._sigma * math.fabs(factor))

    __rmul__ = __mul__

    def __truediv__(self, divisor):
        return NormalDist(self._mu / divisor, self._sigma / math.fabs(divisor))

    def __pos__(self):
        return NormalDist(self._mu, self._sigma)

    def __neg__(self):
        return NormalDist(-self._mu, self._sigma)

    def __eq__(self, other):
        if isinstance(other, NormalDist):
            return self._mu == other._mu and self._sigma == other._sigma
        return NotImplemented

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return '%s(mu=%r, sigma=%r)' % (type(self).__name__, self._mu, self._sigma)
