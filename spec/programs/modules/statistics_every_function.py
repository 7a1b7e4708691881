# statistics: every function on random int / float / Fraction / mixed / tiny-and-huge data
# (exact sums, correctly rounded stdev, type of the result), the float-formula functions,
# NormalDist (AS 241 inv_cdf over the whole range, arithmetic), special values and messages.
# cdf/overlap are rounded: math.erf is not bit-identical to glibc's.
import random, statistics as st, math
from fractions import Fraction as F
R = random.Random(8)
def attempt(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)
def dataset(kind, n):
    if kind == 0: return [R.randrange(-50, 100) for _ in range(n)]
    if kind == 1: return [R.uniform(-1e3, 1e3) for _ in range(n)]
    if kind == 2: return [F(R.randrange(-30, 30), R.randrange(1, 12)) for _ in range(n)]
    if kind == 3: return [R.choice([R.randrange(10), R.random() * 1e-3, F(R.randrange(9), 7)]) for _ in range(n)]
    if kind == 4: return [R.gauss(1e8, 1e-3) for _ in range(n)]
    if kind == 5: return [R.random() * 10 ** R.randrange(-300, 300) for _ in range(n)]
    return [R.randrange(0, 5) for _ in range(n)]
for trial in range(70):
    kind = trial % 7
    n = R.randrange(1, 12)
    d = dataset(kind, n)
    pos = [abs(x) + 1 for x in d]
    print('--', trial, kind, n)
    for name in ['mean', 'fmean', 'median', 'median_low', 'median_high', 'median_grouped', 'mode', 'multimode', 'variance', 'pvariance', 'stdev', 'pstdev']:
        attempt(name, getattr(st, name), d)
    attempt('geometric_mean', st.geometric_mean, pos)
    attempt('harmonic_mean', st.harmonic_mean, pos)
    w = [R.randrange(0, 4) for _ in d]
    attempt('harmonic_mean w', st.harmonic_mean, pos, w)
    attempt('fmean w', st.fmean, d, w)
    attempt('median_grouped 3', st.median_grouped, d, 3)
    attempt('median_grouped F', st.median_grouped, d, F(1, 3))
    c = d[0]
    attempt('variance c', st.variance, d, c)
    attempt('pvariance c', st.pvariance, d, c)
    attempt('stdev c', st.stdev, d, c)
    attempt('pstdev c', st.pstdev, d, c * 1.0)
    for m in ('exclusive', 'inclusive'):
        for q in (1, 2, 4, 7, 10):
            attempt('quantiles %s %d' % (m, q), st.quantiles, d, n=q, method=m)
    e = dataset(kind, n)
    attempt('covariance', st.covariance, d, e)
    attempt('correlation', st.correlation, d, e)
    attempt('linear_regression', st.linear_regression, d, e)
    attempt('linear_regression p', st.linear_regression, d, e, proportional=True)
    attempt('from_samples', st.NormalDist.from_samples, d)
# NormalDist numerics
for i in range(60):
    mu = R.uniform(-10, 10); sigma = R.random() * 3 + 0.01
    nd = st.NormalDist(mu, sigma)
    p = R.random()
    p2 = R.random() ** 30
    x = R.gauss(mu, 3)
    print(nd.inv_cdf(p), nd.inv_cdf(p2), nd.inv_cdf(min(1 - p2 / 2, 0.99999999999)), round(nd.cdf(x), 10), nd.pdf(x), nd.zscore(x))
    other = st.NormalDist(R.uniform(-10, 10), R.choice([sigma, R.random() * 5 + 0.001]))
    print(round(nd.overlap(other), 10), nd.overlap(other) == other.overlap(nd), nd.quantiles(5), (nd + other), (nd - other), nd * 3, 2 / nd if False else nd / 2)
for p in [1e-300, 1e-100, 1e-20, 1e-10, 0.01, 0.075, 0.0749, 0.075000001, 0.5, 0.924, 0.925, 0.93, 0.999999, 1 - 1e-16]:
    print(p, st.NormalDist().inv_cdf(p))
print(st.NormalDist(3, 2).samples(5, seed=42), len(st.NormalDist().samples(4)))
# special values
inf = float('inf'); nan = float('nan')
for d in ([1.0, inf], [inf, -inf, 2], [nan, 1], [1, 2, inf, 3]):
    for name in ['mean', 'fmean', 'variance', 'pvariance', 'median']:
        attempt(name, getattr(st, name), d)
    attempt('harmonic_mean', st.harmonic_mean, d)
    attempt('stdev', st.stdev, d)
    attempt('from_samples', st.NormalDist.from_samples, d)
class MyFloat(float): pass
class MyInt(int): pass
attempt('mean MyFloat', st.mean, [MyFloat(1.5), 2])
attempt('mean MyInt', st.mean, [MyInt(1), MyInt(3)])
attempt('variance MyInt', st.variance, [MyInt(1), MyInt(3), 4])
attempt('mean bool+float', st.mean, [True, 2.5])
attempt('mean F+float', st.mean, [F(1, 3), 2.5])
attempt('mean mixed sub', st.mean, [MyFloat(1.5), F(1, 2)])
attempt('mode dict', st.mode, {'a': 5, 'b': 7})
attempt('multimode str', st.multimode, 'mississippi')
attempt('mode tie', st.mode, [3, 1, 1, 3, 2])
attempt('mode floats', st.mode, [1, 1.0, True, 2])
attempt('median strs', st.median_low, ['b', 'a', 'c', 'd'])
attempt('median strs2', st.median, ['b', 'a', 'c', 'd'])
attempt('median gen', st.median, (x * x for x in range(7)))
attempt('mean gen', st.mean, (x / 4 for x in range(7)))
attempt('variance gen', st.variance, (x / 4 for x in range(7)))
attempt('variance one', st.variance, [1])
attempt('pvariance empty', st.pvariance, [])
attempt('pstdev empty', st.pstdev, [])
attempt('stdev empty', st.stdev, iter([]))
attempt('mean empty', st.mean, [])
attempt('median empty', st.median, [])
attempt('median_low empty', st.median_low, [])
attempt('median_high empty', st.median_high, [])
attempt('mean None', st.mean, [None])
attempt('mean complex', st.mean, [1j])
attempt('variance strs', st.variance, ['a', 'b'])
attempt('hm one float', st.harmonic_mean, [2.5])
attempt('hm one int', st.harmonic_mean, [3])
attempt('hm w F', st.harmonic_mean, [F(1, 2), 3], [F(1, 3), 1])
attempt('hm w iter', st.harmonic_mean, [2, 3], iter([1, 2]))
attempt('hm neg then zero', st.harmonic_mean, [0, -1])
attempt('hm zero w', st.harmonic_mean, [0, 2], [0, 1])
attempt('fmean F', st.fmean, [F(1, 3), F(2, 3)])
attempt('fmean strs', st.fmean, ['a'])
attempt('fmean w strs', st.fmean, [1], ['a'])
attempt('geo neg', st.geometric_mean, [1, -1])
attempt('geo gen', st.geometric_mean, (x for x in [2, 8]))
attempt('quantiles iter', st.quantiles, iter([5, 1, 3]))
attempt('quantiles n float', st.quantiles, [1, 2, 3], n=2.0)
attempt('quantiles one', st.quantiles, [1])
attempt('cov F', st.covariance, [F(1, 3), 2, 3], [1, F(5, 2), 9])
attempt('cor ints', st.correlation, [1, 2, 3, 4], [2, 4, 6, 8.5])
attempt('lr ints', st.linear_regression, [1, 2, 3], [3, 5, 7])
lr = st.linear_regression([1, 2, 3], [3, 5, 7])
print(lr.slope, lr.intercept, type(lr).__name__, type(lr).__module__, lr._fields)
attempt('ND samples float', st.NormalDist().samples, 2.0)
attempt('ND samples neg', st.NormalDist().samples, -1)
nd = st.NormalDist(2, 3)
print(nd.__getstate__(), repr(nd), str(nd), nd == 5, 5 == nd, nd != st.NormalDist(2, 3.5))
nd2 = st.NormalDist.__new__(st.NormalDist); nd2.__setstate__((4.0, 5.0)); print(nd2)
import copy; print(copy.copy(nd), copy.deepcopy(nd))
attempt('ND attr', setattr, nd, 'x', 1)
print(st.StatisticsError.__mro__[1].__name__, isinstance(st.StatisticsError('x'), ValueError))
print(sorted(st.__all__))
