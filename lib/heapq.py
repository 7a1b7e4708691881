"""Heaps on plain lists (heap[k] <= heap[2*k+1] and heap[2*k+2]), for Dyad.

The five list operations and their max-heap twins are native (_heapq, src/modules/heapq.ts,
which moves items exactly as CPython does). This file adds merge, nsmallest and nlargest, and
the private sift helpers that some programs call directly.
"""

from _heapq import heappush, heappop, heapify, heapreplace, heappushpop
from _heapq import _heappop_max, _heapreplace_max, _heapify_max

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge", "nlargest", "nsmallest",
           "heappushpop"]


# --- sifting, for callers that repair a heap by hand ----------------------------------------
#
# _siftdown(heap, start, pos): the item at pos climbs towards the root (never above start)
# while it sorts before its parent. _siftup(heap, pos): the hole at pos sinks to a leaf, the
# earlier-sorting child filling it each time (the right one when the left is not smaller),
# and the item that was at pos then climbs back from that leaf. Both shape the list exactly
# as the native operations do. The _max versions do the same for max-heaps.

def _smaller(a, b):
    return a < b


def _larger(a, b):
    return b < a


def _climb(heap, start, pos, before):
    item = heap[pos]
    while pos > start:
        parent = (pos - 1) >> 1
        above = heap[parent]
        if not before(item, above):
            break
        heap[pos] = above
        pos = parent
    heap[pos] = item


def _sink(heap, pos, before):
    size = len(heap)
    origin = pos
    item = heap[pos]
    while True:
        child = 2 * pos + 1
        if child >= size:
            break
        if child + 1 < size and not before(heap[child], heap[child + 1]):
            child += 1
        heap[pos] = heap[child]
        pos = child
    heap[pos] = item
    _climb(heap, origin, pos, before)


def _siftdown(heap, startpos, pos):
    _climb(heap, startpos, pos, _smaller)


def _siftup(heap, pos):
    _sink(heap, pos, _smaller)


def _siftdown_max(heap, startpos, pos):
    _climb(heap, startpos, pos, _larger)


def _siftup_max(heap, pos):
    _sink(heap, pos, _larger)


# --- merge -----------------------------------------------------------------------------------

_EXHAUSTED = object()


def merge(*iterables, key=None, reverse=False):
    """Lazily merge already-sorted iterables into one sorted stream. Equal items come out in
    the order of the iterables they came from."""
    # One entry per live input: [sort key, tie-breaker, current item, iterator]. The
    # tie-breaker is the input's position, negated for the max-heap used when reverse=True,
    # so that the earlier input always wins a tie.
    if reverse:
        build, advance, retire, sign = _heapify_max, _heapreplace_max, _heappop_max, -1
    else:
        build, advance, retire, sign = heapify, heapreplace, heappop, 1
    live = []
    for position, source in enumerate(iterables):
        source = iter(source)
        head = next(source, _EXHAUSTED)
        if head is not _EXHAUSTED:
            live.append([head if key is None else key(head), sign * position, head, source])
    build(live)
    while len(live) > 1:
        top = live[0]
        yield top[2]
        head = next(top[3], _EXHAUSTED)
        if head is _EXHAUSTED:
            retire(live)
        else:
            top[0] = head if key is None else key(head)
            top[2] = head
            advance(live, top)
    if live:
        # The last input left needs no more comparing: the rest of it comes out as it is.
        last = live[0]
        yield last[2]
        yield from last[3]


# --- nsmallest / nlargest --------------------------------------------------------------------
#
# The same results as sorted(iterable, key=key)[:n] (reverse=True for nlargest), reached the
# way CPython reaches them, so that the comparisons a program sees (and the error of one that
# fails, and how far an iterator was read) are the same: n == 1 is min()/max(); an iterable
# with a len() no greater than n is sorted whole; otherwise the first n items, each decorated
# with its arrival number (counting up for nsmallest, down for nlargest, so ties keep input
# order), form a bounded heap -- a max-heap of the n smallest so far, or a min-heap of the n
# largest -- whose root each later item must beat (item < root, or root < item) to replace
# it; the survivors are sorted at the end.

_NOTHING = object()


def _best(n, iterable, key, largest):
    if n == 1:
        pick = (max if largest else min)(iter(iterable), default=_NOTHING, key=key)
        return [] if pick is _NOTHING else [pick]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=largest)[:n]
    items = iter(iterable)
    step = -1 if largest else 1
    arrivals = range(0, -n, -1) if largest else range(n)
    if key is None:
        kept = [(item, arrival) for arrival, item in zip(arrivals, items)]
    else:
        kept = [(key(item), arrival, item) for arrival, item in zip(arrivals, items)]
    if not kept:
        return kept
    if largest:
        heapify(kept)
        replace = heapreplace
    else:
        _heapify_max(kept)
        replace = _heapreplace_max
    bar = kept[0][0]
    arrival = -n if largest else n
    for item in items:
        rank = item if key is None else key(item)
        if (bar < rank) if largest else (rank < bar):
            replace(kept, (item, arrival) if key is None else (rank, arrival, item))
            bar = kept[0][0]
            arrival += step
    kept.sort(reverse=largest)
    return [entry[-1] if key is not None else entry[0] for entry in kept]


def nsmallest(n, iterable, key=None):
    """The n smallest items of iterable, smallest first (ties in input order)."""
    return _best(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """The n largest items of iterable, largest first (ties in input order)."""
    return _best(n, iterable, key, True)
