# Lengths and iterators of huge ranges and of __len__ past 2**53 (exact up to sys.maxsize, then
# OverflowError), and which of range_iterator / longrange_iterator CPython picks (C long bounds).
print(len(range(2**63 - 1)), len(range(2**53 + 1)), range(2**62 + 1).__len__())
try:
    len(range(2**63))
except OverflowError as e:
    print("OverflowError", e)
class A:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(len(A(2**62 + 1)), len(A(2**53 + 1)), bool(A(2**60)), bool(A(0)), A(2**60).__len__())
for n in (2**63, -1, 1.5):
    try:
        print(len(A(n)))
    except Exception as e:
        print(type(e).__name__, e)
class L(list):
    def __len__(self): return 2**62
print(len(L()), bool(L()))
for r in [range(5), range(2**62), range(2**63 - 1), range(2**63), range(-2**63, -2**63 + 3), range(0, 2**64, 2**63), range(2**70, 2**70 + 3)]:
    it = iter(r)
    print(type(it).__name__, it.__length_hint__(), next(it), [next(it) for _ in range(min(2, it.__length_hint__()))], type(reversed(r)).__name__)
it = iter(range(2**62, 2**62 + 3))
print(type(it) is type(iter(range(3))), list(it), it.__length_hint__())
print(sum(range(2**60, 2**60 + 10)))
