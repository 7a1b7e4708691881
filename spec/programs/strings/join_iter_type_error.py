# str.join / bytes.join: a TypeError from iter() itself (not iterable, or an __iter__ returning
# a non-iterator, or raising TypeError) is "can only join an iterable"; errors while iterating
# and bad items keep their own messages.


class BadIter:
    def __iter__(self):
        return [1, 2]


class IterRaises:
    def __iter__(self):
        raise TypeError("custom")


class IterRaisesValue:
    def __iter__(self):
        raise ValueError("not a type error")


def gen_fails():
    yield "a"
    raise TypeError("during iteration")


for label, arg in [("BadIter", BadIter()), ("IterRaises", IterRaises()), ("IterRaisesValue", IterRaisesValue()),
                   ("int", 5), ("gen", gen_fails()), ("items", [1, 2]), ("ok", iter(["x", "y"]))]:
    for sep in ["-", b"-"]:
        try:
            if isinstance(sep, bytes) and label == "ok":
                arg = iter([b"x", b"y"])
            print(label, type(sep).__name__, repr(sep.join(arg)))
        except (TypeError, ValueError) as e:
            print(label, type(sep).__name__, type(e).__name__, e)
