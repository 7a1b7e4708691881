def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError(f"no key {k!r}") from None
print(lookup({1: 2}, 1))
lookup({}, "zz")
