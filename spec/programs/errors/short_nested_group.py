def fail(n):
    raise ValueError(f"task {n} failed")
errs = []
for i in range(2):
    try:
        fail(i)
    except ValueError as e:
        errs.append(e)
inner = ExceptionGroup("inner", [TypeError("t"), KeyError("k")])
try:
    raise RuntimeError("cause")
except RuntimeError as c:
    eg = ExceptionGroup("outer", [*errs, inner])
    eg.add_note("a note on the group")
    raise eg from c
