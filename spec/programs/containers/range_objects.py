# range: length, indexing, slicing, reversal, containment and repr.
r = range(2, 20, 3)
print(r, len(r), list(r), r[0], r[-1], r[2:4], r[::-1], r[::2])
print(5 in r, 6 in r, 5.0 in r, r.index(11), r.count(11))
print(range(5), range(0), range(-3), list(range(10, 0, -3)), len(range(10, 0, -3)))
print(range(0, 10) == range(0, 10, 1), range(0) == range(5, 5), range(0, 3) == range(0, 4)[:3])
print(list(reversed(range(5))), list(reversed(range(1, 10, 4))), range(10 ** 20)[-1], len(range(10 ** 18)))
print(r.start, r.stop, r.step, repr(range(1, 5, 1)), repr(range(1, 5, 2)))
for bad in (lambda: range(1, 2, 0), lambda: range(1.5), lambda: r[100], lambda: r.index(4)):
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(sum(range(101)), max(range(7)), min(range(3, 9)), hash(range(3)) == hash(range(0, 3)))
