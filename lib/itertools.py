"""Iterator building blocks (a Dyad implementation of itertools, as generator-based classes)."""

__all__ = ["count", "cycle", "repeat", "accumulate", "chain", "compress", "dropwhile",
           "filterfalse", "groupby", "islice", "pairwise", "starmap", "takewhile", "tee",
           "zip_longest", "product", "permutations", "combinations",
           "combinations_with_replacement"]

from operator import index as _index


class _Iter:
    """Base of the iterator types: iter(x) is x; subclasses set self._it to a generator."""

    __slots__ = ("_it",)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)


class count(_Iter):
    __slots__ = ("_n", "_step")

    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, (int, float, complex)) and not hasattr(type(v), "__add__"):
                raise TypeError("a number is required")
        self._n = start
        self._step = step

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if self._step == 1 and type(self._step) is int:
            return f"count({self._n!r})"
        return f"count({self._n!r}, {self._step!r})"


class cycle(_Iter):
    __slots__ = ()

    def __init__(self, iterable):
        self._it = self._gen(iter(iterable))

    @staticmethod
    def _gen(it):
        saved = []
        for element in it:
            yield element
            saved.append(element)
        while saved:
            for element in saved:
                yield element


class repeat(_Iter):
    __slots__ = ("_obj", "_times")

    def __init__(self, object, times=None):
        self._obj = object
        self._times = None if times is None else max(0, _index(times))

    def __next__(self):
        if self._times is None:
            return self._obj
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return f"repeat({self._obj!r})"
        return f"repeat({self._obj!r}, {self._times})"


class accumulate(_Iter):
    __slots__ = ()

    def __init__(self, iterable, func=None, *, initial=None):
        self._it = self._gen(iter(iterable), func, initial)

    @staticmethod
    def _gen(it, func, initial):
        total = initial
        if initial is None:
            try:
                total = next(it)
            except StopIteration:
                return
        yield total
        for element in it:
            total = total + element if func is None else func(total, element)
            yield total


class chain(_Iter):
    __slots__ = ()

    def __init__(self, *iterables):
        self._it = self._gen(iterables)

    @staticmethod
    def _gen(iterables):
        for it in iterables:
            yield from it

    @classmethod
    def from_iterable(cls, iterables):
        self = cls.__new__(cls)
        self._it = cls._gen(iterables)
        return self


class compress(_Iter):
    __slots__ = ()

    def __init__(self, data, selectors):
        self._it = (d for d, s in zip(data, selectors) if s)


class dropwhile(_Iter):
    __slots__ = ()

    def __init__(self, predicate, iterable):
        self._it = self._gen(predicate, iter(iterable))

    @staticmethod
    def _gen(predicate, it):
        for x in it:
            if not predicate(x):
                yield x
                break
        yield from it


class takewhile(_Iter):
    __slots__ = ()

    def __init__(self, predicate, iterable):
        self._it = self._gen(predicate, iter(iterable))

    @staticmethod
    def _gen(predicate, it):
        for x in it:
            if not predicate(x):
                return
            yield x


class filterfalse(_Iter):
    __slots__ = ()

    def __init__(self, function, iterable):
        if function is None:
            function = bool
        self._it = (x for x in iterable if not function(x))


class groupby(_Iter):
    __slots__ = ("_keyfunc", "_src", "_tgtkey", "_currkey", "_currvalue", "_id")

    def __init__(self, iterable, key=None):
        self._keyfunc = (lambda x: x) if key is None else key
        self._src = iter(iterable)
        self._tgtkey = self._currkey = self._currvalue = _MARKER
        self._id = object()

    def __next__(self):
        self._id = object()
        while self._currkey is _MARKER or self._currkey == self._tgtkey:
            self._currvalue = next(self._src)
            self._currkey = self._keyfunc(self._currvalue)
        self._tgtkey = self._currkey
        return (self._currkey, _Grouper(self, self._tgtkey, self._id))

    def _step(self, tgtkey, gid):
        if gid is not self._id:
            raise StopIteration
        if self._currkey is _MARKER:
            self._currvalue = next(self._src)
            self._currkey = self._keyfunc(self._currvalue)
        if self._currkey != tgtkey:
            raise StopIteration
        value = self._currvalue
        self._currkey = _MARKER
        return value


_MARKER = object()


class _Grouper(_Iter):
    __slots__ = ("_parent", "_tgtkey", "_gid")

    def __init__(self, parent, tgtkey, gid):
        self._parent = parent
        self._tgtkey = tgtkey
        self._gid = gid

    def __next__(self):
        return self._parent._step(self._tgtkey, self._gid)


class islice(_Iter):
    __slots__ = ()

    def __init__(self, iterable, *args):
        s = slice(*args)
        start, stop, step = s.start or 0, s.stop, 1 if s.step is None else s.step
        for name, v in (("Indices", start), ("Stop argument", stop)):
            if v is not None and (not isinstance(v, int) or v < 0):
                if name == "Stop argument":
                    raise ValueError("Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
                raise ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
        if not isinstance(step, int) or step <= 0:
            raise ValueError("Step for islice() must be a positive integer or None.")
        self._it = self._gen(iter(iterable), start, stop, step)

    @staticmethod
    def _gen(it, start, stop, step):
        i = 0
        nexti = start
        for element in it:
            if stop is not None and i >= stop:
                return
            if i == nexti:
                yield element
                nexti += step
            i += 1
            if stop is not None and i >= stop:
                return


class pairwise(_Iter):
    __slots__ = ()

    def __init__(self, iterable):
        self._it = self._gen(iter(iterable))

    @staticmethod
    def _gen(it):
        try:
            a = next(it)
        except StopIteration:
            return
        for b in it:
            yield a, b
            a = b


class starmap(_Iter):
    __slots__ = ()

    def __init__(self, function, iterable):
        self._it = (function(*args) for args in iterable)


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
    return tuple(_TeeIter(gen(b)) for b in buffers)


class _TeeIter(_Iter):
    __slots__ = ()

    def __init__(self, gen):
        self._it = gen


class zip_longest(_Iter):
    __slots__ = ()

    def __init__(self, *iterables, fillvalue=None):
        self._it = self._gen([iter(x) for x in iterables], fillvalue)

    @staticmethod
    def _gen(iterators, fillvalue):
        active = len(iterators)
        if not active:
            return
        while True:
            values = []
            for i, it in enumerate(iterators):
                try:
                    value = next(it)
                except StopIteration:
                    active -= 1
                    if not active:
                        return
                    iterators[i] = repeat(fillvalue)
                    value = fillvalue
                values.append(value)
            yield tuple(values)


class product(_Iter):
    __slots__ = ()

    def __init__(self, *iterables, repeat=1):
        pools = [tuple(pool) for pool in iterables] * repeat
        self._it = self._gen(pools)

    @staticmethod
    def _gen(pools):
        result = [()]
        for pool in pools:
            result = [x + (y,) for x in result for y in pool]
        for prod in result:
            yield prod


class permutations(_Iter):
    __slots__ = ()

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        n = len(pool)
        r = n if r is None else r
        if r < 0:
            raise ValueError("r must be non-negative")
        self._it = self._gen(pool, n, r)

    @staticmethod
    def _gen(pool, n, r):
        if r > n:
            return
        indices = list(range(n))
        cycles = list(range(n, n - r, -1))
        yield tuple(pool[i] for i in indices[:r])
        while n:
            for i in reversed(range(r)):
                cycles[i] -= 1
                if cycles[i] == 0:
                    indices[i:] = indices[i + 1:] + indices[i:i + 1]
                    cycles[i] = n - i
                else:
                    j = cycles[i]
                    indices[i], indices[-j] = indices[-j], indices[i]
                    yield tuple(pool[i] for i in indices[:r])
                    break
            else:
                return


class combinations(_Iter):
    __slots__ = ()

    def __init__(self, iterable, r):
        if r < 0:
            raise ValueError("r must be non-negative")
        self._it = self._gen(tuple(iterable), r)

    @staticmethod
    def _gen(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(r))
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != i + n - r:
                    break
            else:
                return
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
            yield tuple(pool[i] for i in indices)


class combinations_with_replacement(_Iter):
    __slots__ = ()

    def __init__(self, iterable, r):
        if r < 0:
            raise ValueError("r must be non-negative")
        self._it = self._gen(tuple(iterable), r)

    @staticmethod
    def _gen(pool, r):
        n = len(pool)
        if not n and r:
            return
        indices = [0] * r
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != n - 1:
                    break
            else:
                return
            indices[i:] = [indices[i] + 1] * (r - i)
            yield tuple(pool[i] for i in indices)
