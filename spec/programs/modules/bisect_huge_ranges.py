# bisect over sequences longer than 2**53 (a range up to sys.maxsize), with and without
# explicit lo/hi bounds: the indices stay exact.
import bisect
import sys

n = sys.maxsize
data = range(n - 1)
print(bisect.bisect_left(data, n - 3), bisect.bisect_right(data, n - 3))
print(bisect.bisect_left(data, n - 3, n - 10, n), bisect.bisect_right(data, n - 3, n - 10, n))
print(bisect.bisect_left(data, 2**53 + 1), bisect.bisect_right(data, 2**60 + 7))
print(bisect.bisect_left(data, 5, 0, n), bisect.bisect_left(data, -1))
odd = range(1, n, 2)
print(bisect.bisect_left(odd, 2**62 + 1), bisect.bisect_right(odd, 2**62 + 1))
print(bisect.bisect(data, n - 3, lo=n - 5))
try:
    bisect.bisect_left(data, 1, 0, 2**64)
except OverflowError as e:
    print('OverflowError', e)

class Seq:
    """A sequence with a huge length: items are their index doubled."""
    def __len__(self):
        return n
    def __getitem__(self, i):
        if not 0 <= i < n:
            raise IndexError(i)
        return 2 * i
print(bisect.bisect_left(Seq(), 2 * (n - 7)), bisect.bisect_right(Seq(), 2 * (n - 7) + 1))
