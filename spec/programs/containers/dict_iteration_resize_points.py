# A dict changed during iteration without changing size: the iterator goes on over the entry
# table, so whether it ends quietly, sees new keys, or raises "dictionary keys changed during
# iteration" depends on where CPython's table resizes (adding a key when the table's usable
# entries, deleted ones included, are used up) and compacts the entries. Dyad follows the same
# resize points: growth from empty (5, 10, 21, 42 ... entries), three times the live keys on a
# resize, and popitem() keeping the table's room.


def run(name, d, step):
    seen = []
    try:
        for k in d:
            seen.append(k)
            if len(seen) > 100:
                break
            step(d, k)
        print(name, "ended:", seen, "->", d)
    except RuntimeError as e:
        print(name, "RuntimeError:", e, "after", seen)


counter = [100]


def fresh():
    counter[0] += 1
    return counter[0]


def readd_same(d, k):
    del d[k]
    d[k] = "again"


def replace_with_new(d, k):
    del d[k]
    d[fresh()] = "new"


def drop_other_add_new(d, k):
    others = [x for x in d if x != k]
    if others:
        del d[others[0]]
    d[fresh()] = "new"


def popitem_add(d, k):
    d.popitem()
    d[fresh()] = "new"


def update_only(d, k):
    d[k] = "updated"


for n in [1, 2, 3, 4, 5, 6, 9, 10, 11, 20, 21, 22]:
    for name, step in [("readd", readd_same), ("replace", replace_with_new),
                       ("drop-other", drop_other_add_new), ("popitem", popitem_add),
                       ("update", update_only)]:
        counter[0] = 100
        run(f"{name} n={n}", dict.fromkeys(range(n), 0), step)

# Literal dicts and str keys take the same resize points.
counter[0] = 100
run("literal", {"a": 1, "b": 2, "c": 3}, readd_same)
run("str keys", {str(i): i for i in range(5)}, lambda d, k: (d.pop(k), d.__setitem__(k + "!", 0)))
run("tuple keys", {(i,): i for i in range(4)}, lambda d, k: (d.pop(k), d.__setitem__(k * 2, 0)))

# Deleting many keys leaves room until the next resize: later additions reuse none of it.
d = dict.fromkeys(range(30))
for i in range(25):
    del d[i]
counter[0] = 100
run("after deletes", d, replace_with_new)

# Copies start from their source's table: copy() clones it (deleted entries and room included)
# unless over a third of its entries are deleted; dict(d) and {**d} clone only a table without
# deleted entries that is small or over a quarter full; otherwise, like dict.fromkeys of a dict,
# the new table is sized for the keys.
for n, deleted in [(5, 2), (24, 3), (27, 24), (12, 0), (30, 10), (40, 35)]:
    base = {i: i for i in range(n)}
    for i in range(deleted):
        del base[i]
    for how, make in [("copy", dict.copy), ("dict", dict), ("unpack", lambda b: {**b}),
                      ("fromkeys", dict.fromkeys), ("items", lambda b: dict(b.items()))]:
        counter[0] = 100
        run(f"{how} n={n} deleted={deleted}", make(base), replace_with_new)
