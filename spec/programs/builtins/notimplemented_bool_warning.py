# NotImplemented in a boolean context is a DeprecationWarning in 3.11 (still true).
import warnings

class CM:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return NotImplemented

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(bool(NotImplemented))
    if NotImplemented:
        print("truthy")
    print(not NotImplemented)
    print(NotImplemented.__bool__())
    try:
        with CM():
            raise ValueError("swallowed")
        print("suppressed by NotImplemented")
    except ValueError:
        print("propagated")
    print([1 for _ in range(3) if NotImplemented])
for w in caught:
    print(w.category.__name__, w.message)

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        bool(NotImplemented)
    except DeprecationWarning as e:
        print("raised:", e)

class Num:
    def __eq__(self, other):
        return NotImplemented
print(Num() == Num(), Num() != 1)
