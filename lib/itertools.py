"""Iterator building blocks. As CPython's itertools is all C, the iterator types are native
(src/modules/itertools.ts, imported from _itertools); tee is written here."""

__all__ = ["count", "cycle", "repeat", "accumulate", "chain", "compress", "dropwhile",
           "filterfalse", "groupby", "islice", "pairwise", "starmap", "takewhile", "tee",
           "zip_longest", "product", "permutations", "combinations",
           "combinations_with_replacement"]

from _itertools import (count, cycle, repeat, accumulate, chain, compress, dropwhile,
                        filterfalse, groupby, islice, pairwise, starmap, takewhile, zip_longest,
                        product, permutations, combinations, combinations_with_replacement)


def tee(iterable, n=2):
    """Returns n independent iterators over one iterable."""
    if n < 0:
        raise ValueError("n must be >= 0")
    it = iter(iterable)
    buffers = [[] for _ in range(n)]

    def gen(mybuf):
        while True:
            if not mybuf:
                try:
                    value = next(it)
                except StopIteration:
                    return
                for b in buffers:
                    b.append(value)
            yield mybuf.pop(0)
    return tuple(_tee(gen(b)) for b in buffers)


class _tee:
    """One of tee's iterators: iter(x) is x, next(x) steps its generator."""

    __slots__ = ("_it",)

    def __init__(self, gen):
        self._it = gen

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)
