# An OrderedDict iterator that has yielded its last key is exhausted for good: changing the
# dict afterwards (adding, moving, deleting keys) does not make the next step raise
# "mutated during iteration"; a change while keys remain still does.
from collections import OrderedDict


def attempt(label, body):
    o = OrderedDict(a=1, b=2)
    try:
        print(label, body(o), list(o))
    except RuntimeError as e:
        print(label, "RuntimeError:", e, list(o))


def add_after_last(o):
    seen = []
    for k in o:
        seen.append(k)
        if k == "b":
            o["z"] = 0
    return seen


def add_before_last(o):
    seen = []
    for k in o:
        seen.append(k)
        if k == "a":
            o["z"] = 0
    return seen


def move_each(o):
    seen = []
    for k in o:
        seen.append(k)
        o.move_to_end(k)
    return seen


def reversed_then_add(o):
    it = reversed(o)
    first = next(it), next(it)
    o["q"] = 1
    return first, list(it)


def items_then_delete(o):
    it = iter(o.items())
    first = next(it), next(it)
    del o["a"]
    return first, list(it), next(it, "end")


def values_change_only(o):
    out = []
    for v in o.values():
        out.append(v)
        o["a"] = 10
    return out


for label, body in [("add after last", add_after_last), ("add before last", add_before_last),
                    ("move each", move_each), ("reversed then add", reversed_then_add),
                    ("items then delete", items_then_delete), ("values change only", values_change_only)]:
    attempt(label, body)
