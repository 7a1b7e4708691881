# enum.Flag and IntFlag: auto values, composites and pseudo-members, iteration, ~, boundaries.
from enum import Flag, IntFlag, auto
class F(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W
print(list(F), F.R|F.W, repr(F.W|F.R), str(F.R|F.X), repr(F(0)), str(F(0)), bool(F(0)), F.RW, repr(F(7)), len(F(7)), list(F(7)), F.R in F(3), F(3).name, F(0).name, ~F.R, repr(~F.R), F.R ^ F.RW)
try: F(8)
except ValueError as e: print(e)
class P(IntFlag):
    A = 1
    B = 2
print(P.A | P.B, repr(P.A|P.B), P.A | 4, repr(P.A | 4), P(8), repr(P(8)), P.A + 1, ~P.A, repr(~P.A), P.A == 1, str(P.A), format(P.A|P.B), isinstance(P.A, int))
print(list(P), F.R.value, F.__members__.keys())
print(F.R | F.W is F.RW, hash(F.R) == hash(F.R), {F.R: 1}[F.R], F.R & F.W, bool(F.R & F.W))
try: F.R | 1
except TypeError as e: print(e)
class Perm(Flag):
    NONE = 0
    READ = 4
    WRITE = 2
    EXEC = 1
print(list(Perm), Perm.READ | Perm.EXEC, Perm(0), repr(Perm(6)), Perm.NONE, bool(Perm.NONE))
