# statistics.NormalDist: construction, pdf/cdf/inv_cdf, quantiles, overlap, zscore,
# arithmetic, equality, repr, samples with a seed, and the errors.
import copy
from statistics import NormalDist, StatisticsError

iq = NormalDist(100, 15)
print(iq, iq.mean, iq.median, iq.mode, iq.stdev, iq.variance)
print(round(iq.cdf(130), 12), round(iq.pdf(100), 12), iq.zscore(130))
print(iq.inv_cdf(0.975), iq.inv_cdf(0.5), iq.inv_cdf(1e-12), iq.inv_cdf(0.9999999))
print(iq.quantiles(), NormalDist().quantiles(n=10))
print(round(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)), 12))
print(NormalDist(1, 2).overlap(NormalDist(3, 2)))
print(NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]))
print(NormalDist.from_samples(iter([1, 2, 3, 4])))

a = NormalDist(10, 3)
b = NormalDist(4, 4)
print(a + b, a - b, a + 5, 5 + a, a - 1, 20 - a, a * 2, -2 * a, a / 4, -a, +a)
print(a == NormalDist(10.0, 3.0), a == b, a == 10, hash(a) == hash(NormalDist(10, 3)))
print(copy.copy(a), copy.deepcopy(a) == a, len({a, NormalDist(10, 3), b}))
print(NormalDist(0, 1).samples(4, seed=42))
print(len(NormalDist().samples(3)))
print(NormalDist(mu=1, sigma=0))

for f in (lambda: NormalDist(0, -1), lambda: NormalDist(3, 0).pdf(1), lambda: NormalDist(3, 0).cdf(1),
          lambda: NormalDist().inv_cdf(0), lambda: NormalDist().inv_cdf(1.0), lambda: NormalDist(1, 0).inv_cdf(0.5),
          lambda: NormalDist(1, 0).zscore(2), lambda: NormalDist().overlap(3), lambda: NormalDist(1, 0).overlap(NormalDist()),
          lambda: NormalDist.from_samples([1]), lambda: NormalDist().undefined_attr):
    try:
        print(f())
    except (StatisticsError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    a.extra = 1
except AttributeError as e:
    print("AttributeError", e)
