# split() and subgroup() give each part a list copy of the group's __notes__ when they are a
# sequence, and no notes at all otherwise.
eg = ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])

eg.__notes__ = ["first"]
m, r = eg.split(TypeError)
m.__notes__.append("only on match")
print(eg.__notes__, m.__notes__, r.__notes__, m.__notes__ is eg.__notes__)

eg.__notes__ = ("a", "b")
m, r = eg.split(ValueError)
print(type(m.__notes__).__name__, m.__notes__, r.__notes__)

eg.__notes__ = "xy"
print(eg.subgroup(KeyError).__notes__)

for bad in (123, {"k": 1}, None):
    eg.__notes__ = bad
    m, r = eg.split(TypeError)
    print(repr(bad), hasattr(m, "__notes__"), hasattr(r, "__notes__"), hasattr(eg.subgroup(KeyError), "__notes__"))

del eg.__notes__
m, r = eg.split(TypeError)
print(hasattr(m, "__notes__"), hasattr(r, "__notes__"))

# What an except* statement re-raises unhandled carries the notes (and cause) too.
eg = ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
eg.add_note("n1")
try:
    try:
        raise eg from KeyError("why")
    except* ValueError as m:
        print("matched", m.__notes__, m.exceptions, repr(m.__cause__))
except* TypeError as r:
    print("rest", r.__notes__, r.exceptions, repr(r.__cause__), r.__suppress_context__)
except* OSError as o:
    print("last", o.__notes__, o.exceptions)
