# statistics over Decimal data: results as Decimals (mean, median, variance, stdev, pstdev)
import statistics as S
from decimal import Decimal as D
data = [D('1.5'), D('2.25'), D('3.125'), D('0.5'), D('7')]
for name in ['mean', 'median', 'median_low', 'median_high', 'mode', 'variance', 'pvariance', 'stdev', 'pstdev', 'harmonic_mean', 'geometric_mean', 'fmean', 'multimode', 'quantiles']:
    try: print(name, repr(getattr(S, name)(data)))
    except Exception as e: print(name, type(e).__name__, e)
print(S.variance(data, D('2')), S.pvariance([D(1), D(2), D(4)]))
print(repr(S.stdev([D(1), D(3)])), repr(S.pstdev([D(1), D(3)])), repr(S.pstdev([D(2), D(2)])), repr(S.stdev([D('0.1'), D('0.2'), D('0.4')])))
from decimal import localcontext
with localcontext(prec=5):
    print(repr(S.stdev(data)), repr(S.pstdev([D(1), D(2), D(4), D(8)])))
