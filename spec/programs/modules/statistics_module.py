import statistics as st
from fractions import Fraction as F
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(st.mean([1, 2, 3, 4, 4]), st.mean([1, 2]), st.mean(data), st.mean([F(3, 7), F(1, 21), F(5, 3), F(1, 3)]), st.mean([1, 2.5]), st.mean(iter([True, False])), st.mean(range(10)))
print(st.fmean([3.5, 4.0, 5.25]), st.fmean(iter([1, 2])), st.fmean([85, 92, 83, 91], weights=[0.2, 0.2, 0.3, 0.3]), st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([0, 5]), st.harmonic_mean([7]))
print(st.median([1, 3, 5]), st.median([1, 3, 5, 7]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), st.median(["b", "a", "c"]))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(["red", "blue", "blue", "red", "green", "red", "red"]), st.mode("aabbb"), st.multimode("aabbbbccddddeeffffgg"), st.multimode(""))
print(st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]), st.pvariance([F(1, 4), F(5, 4), F(1, 2)]), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]), st.variance([1, 2, 3, 4]), st.variance([1, 3, 5]), st.stdev([1, 2, 3, 4, 5]), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(st.variance(data, st.mean(data)), st.pvariance([1, 2, 3], mu=2), st.stdev([F(1, 2), F(3, 2), F(7, 2)]), st.variance([1e10, 1e10 + 1, 1e10 + 2]), st.stdev(range(100)), st.pstdev([0.1] * 7))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles([1, 2, 3, 4, 5], n=4, method="inclusive"), st.quantiles([1, 2], n=3), st.quantiles([1.5, 2.5, 10], n=2))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, y), st.correlation(x, x), st.linear_regression(x, [2 * v + 1 for v in x]), st.linear_regression([1, 2, 3], [2, 4, 6.5], proportional=True))
for bad in [lambda: st.mean([]), lambda: st.median([]), lambda: st.mode([]), lambda: st.variance([1]), lambda: st.stdev([]), lambda: st.pvariance([]), lambda: st.pstdev([]),
            lambda: st.fmean([]), lambda: st.harmonic_mean([]), lambda: st.harmonic_mean([-1, 2]), lambda: st.geometric_mean([0, 1]), lambda: st.quantiles([1]), lambda: st.quantiles([1, 2], n=0),
            lambda: st.quantiles([1, 2], method="x"), lambda: st.correlation([1, 1], [1, 2]), lambda: st.covariance([1], [1, 2]), lambda: st.linear_regression([1, 1], [1, 2]), lambda: st.mean(["a"]),
            lambda: st.fmean([1, 2], weights=[1]), lambda: st.median_grouped([1, "a"]), lambda: st.mean([1, F(1, 2), 0.5])]:
    try:
        print(bad())
    except (st.StatisticsError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(issubclass(st.StatisticsError, ValueError), st.mean([F(1, 2), 1]), type(st.mean([1, 2])).__name__, type(st.median([1, 2])).__name__, st.mean([float("inf"), 1]), st.variance([1, float("nan")]))
