# P.args / P.kwargs: reprs, equality by ParamSpec, isinstance, direct construction, and
# (as in CPython 3.11) no hash.
from typing import ParamSpec, ParamSpecArgs, ParamSpecKwargs
P = ParamSpec('P'); Q = ParamSpec('Q')
print(P.args, P.kwargs, P.args == P.args, P.args == Q.args, P.args == P.kwargs)
try:
    hash(P.kwargs)
except TypeError as e:
    print(e)
print(type(P.args).__name__, type(P.kwargs).__name__, isinstance(P.args, ParamSpecArgs), P.args.__origin__ is P)
print(ParamSpecArgs(P), ParamSpecKwargs(Q))
