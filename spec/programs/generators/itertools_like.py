# Re-implementations of a few itertools helpers as generators.
def chain(*iterables):
    for it in iterables:
        yield from it


def islice(it, start, stop):
    for i, v in enumerate(it):
        if i >= stop:
            return
        if i >= start:
            yield v


def groupby(items, key):
    it = iter(items)
    try:
        current = next(it)
    except StopIteration:
        return
    group = [current]
    for item in it:
        if key(item) == key(current):
            group.append(item)
        else:
            yield key(current), group
            group = [item]
        current = item
    yield key(current), group


def accumulate(items):
    total = 0
    for v in items:
        total += v
        yield total


print(list(chain('ab', [1, 2], range(2))))
print(list(islice(iter(range(100)), 3, 7)))
print(list(groupby('aaabccdd', key=lambda c: c)))
print(list(groupby([1, 3, 2, 4, 5], key=lambda n: n % 2)))
print(list(accumulate([1, 2, 3, 4])), list(groupby([], key=len)))
