# OrderedDict iterators notice keys added, removed or moved while they run.
from collections import OrderedDict


def attempt(label, od, body, view=lambda od: od):
    seen = []
    try:
        for k in view(od):
            seen.append(k)
            body(od, k)
        outcome = "finished"
    except RuntimeError as e:
        outcome = "RuntimeError: %s" % e
    print(label, seen, outcome, list(od))


attempt("move last", OrderedDict.fromkeys("abcde"), lambda od, k: od.move_to_end(k))
attempt("move first", OrderedDict.fromkeys("abcde"), lambda od, k: od.move_to_end(k, last=False))
attempt("move e to end", OrderedDict.fromkeys("abcde"), lambda od, k: od.move_to_end("e"))
attempt("move a to front", OrderedDict.fromkeys("abcde"), lambda od, k: od.move_to_end("a", False))
attempt("add", OrderedDict.fromkeys("abc"), lambda od, k: od.__setitem__("z", 1))
attempt("delete", OrderedDict.fromkeys("abc"), lambda od, k: od.__delitem__("c"))
attempt("rebind value", OrderedDict.fromkeys("abc"), lambda od, k: od.__setitem__(k, 5))
attempt("pop add", OrderedDict.fromkeys("abc"), lambda od, k: od.__setitem__("a", od.pop("a")))
attempt("values", OrderedDict.fromkeys("abc", 0), lambda od, k: od.move_to_end("a"), lambda od: od.values())
attempt("items", OrderedDict.fromkeys("abc", 0), lambda od, k: od.popitem(), lambda od: od.items())
attempt("keys", OrderedDict.fromkeys("abc", 0), lambda od, k: od.setdefault("q", 1), lambda od: od.keys())
attempt("reversed", OrderedDict.fromkeys("abc"), lambda od, k: od.move_to_end("c", False), reversed)


class Sub(OrderedDict):
    pass


attempt("subclass", Sub.fromkeys("xyz"), lambda od, k: od.move_to_end(k))

# An exhausted iterator stays exhausted after the error.
od = OrderedDict.fromkeys("ab")
it = iter(od)
next(it)
od.move_to_end("a")
try:
    next(it)
except RuntimeError as e:
    print("next:", e)
print(list(it))

# Plain dicts keep their own messages.
d = dict.fromkeys("abc")
try:
    for k in d:
        d[k + "!"] = 1
except RuntimeError as e:
    print("dict:", e)
try:
    for k in d:
        d[k * 2] = d.pop(k)
except RuntimeError as e:
    print("dict:", e)
try:
    od.move_to_end("nope")
except KeyError as e:
    print("KeyError", e)
