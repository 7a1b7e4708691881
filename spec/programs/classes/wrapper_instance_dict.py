# staticmethod and classmethod objects have an instance __dict__ (3.10+): the wrapped function's
# __name__, __doc__, ... are copied there, and it is a data descriptor of the type.
def f():
    "doc of f"
for wrap in (staticmethod, classmethod):
    w = wrap(f)
    print(wrap.__name__, "__dict__" in wrap.__dict__, "__dict__" in dir(wrap), sorted(w.__dict__))
    w.tag = 1
    print(w.__dict__["tag"], w.__doc__, w.__name__)
    w.__dict__ = {"replaced": True}
    print(w.__dict__, getattr(w, "tag", "gone"))
    try:
        w.__dict__ = 5
    except TypeError as e:
        print("TypeError:", e)
    try:
        del w.__dict__
    except TypeError as e:
        print("TypeError:", e)
