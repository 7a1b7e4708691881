# list()/tuple()/sorted()/unpacking of a range (or range iterator) too long to hold: CPython
# asks the length first, so it fails at once -- OverflowError past ssize_t, MemoryError below.
for make in [lambda: list(range(2**64)), lambda: tuple(range(2**64)), lambda: sorted(range(2**64)),
             lambda: [*range(2**64)], lambda: list(range(-2**64, 0)), lambda: list(iter(range(2**64))),
             lambda: list(reversed(range(2**64))), lambda: list(range(2**62)), lambda: list(range(2**40)),
             lambda: list(iter(range(2**40))), lambda: tuple(range(0, 2**70, 2**10))]:
    try:
        make()
    except (OverflowError, MemoryError) as e:
        print(type(e).__name__, e)
print(list(range(2**64, 2**64 + 3)), list(iter(range(-2**70, -2**70 + 2))))
print(len(range(0, 2**62, 2**40)), list(range(0, 2**62, 2**60)))
try:
    len(range(2**64))
except OverflowError as e:
    print(type(e).__name__, e)
print(range(2**64)[-1], range(2**64)[2**63:][:2])
