"""Iterator building blocks. As CPython's itertools is all C, the iterator types are native
(src/modules/itertools.ts, imported from _itertools); tee is written here."""

__all__ = ["count", "cycle", "repeat", "accumulate", "chain", "compress", "dropwhile",
           "filterfalse", "groupby", "islice", "pairwise", "starmap", "takewhile", "tee",
           "zip_longest", "product", "permutations", "combinations",
           "combinations_with_replacement"]

from _itertools import (count, cycle, repeat, accumulate, chain, compress, dropwhile,
                        filterfalse, groupby, islice, pairwise, starmap, takewhile, zip_longest,
                        product, permutations, combinations, combinations_with_replacement)


def tee(*args, **kwargs):
    """tee(iterable, n=2): n independent iterators over one iterable."""
    if kwargs:
        raise TypeError("itertools.tee() takes no keyword arguments")
    if not 1 <= len(args) <= 2:
        few = "least 1 argument" if not args else "most 2 arguments"
        raise TypeError(f"tee expected at {few}, got {len(args)}")
    iterable = args[0]
    n = args[1] if len(args) > 1 else 2
    if not isinstance(n, int):
        from operator import index
        n = index(n)
    if n < 0:
        raise ValueError("n must be >= 0")
    it = iter(iterable)
    if n == 0:
        return ()
    # an iterator that can copy itself (another tee iterator) is shared as it is
    first = it if hasattr(it, "__copy__") else _tee(it)
    return (first,) + tuple(first.__copy__() for _ in range(n - 1))


class _TeeCell:
    """One step of the values a group of tee iterators share: the value and the next cell (an
    empty cell, with next None, is where the next value read from the source goes)."""

    __slots__ = ("value", "next")

    def __init__(self):
        self.next = None


class _tee:
    """One of tee's iterators: they share the source iterator and the cells of the values
    some of them have read and others not yet."""

    __slots__ = ("_source", "_cell", "__weakref__")

    def __init__(self, *args, **kwargs):
        if kwargs:
            raise TypeError("_tee() takes no keyword arguments")
        if len(args) != 1:
            raise TypeError(f"_tee expected 1 argument, got {len(args)}")
        it = iter(args[0])
        if type(it) is _tee:
            self._source, self._cell = it._source, it._cell
        else:
            self._source, self._cell = it, _TeeCell()

    def __iter__(self):
        return self

    def __next__(self):
        cell = self._cell
        if cell.next is None:
            value = next(self._source)
            if cell.next is None:  # (unless reading the source advanced a copy meanwhile)
                cell.value = value
                cell.next = _TeeCell()
        self._cell = cell.next
        return cell.value

    def __copy__(self):
        twin = object.__new__(_tee)
        twin._source, twin._cell = self._source, self._cell
        return twin
