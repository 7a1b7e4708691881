# A number dunder set to None is still "defined": int(), float() and friends call it and get
# "'NoneType' object is not callable", as CPython's slots do.
import math
import operator
import warnings
warnings.simplefilter('ignore')

for name in ['__int__', '__index__', '__trunc__', '__float__', '__complex__', '__floor__', '__round__', '__abs__']:
    C = type('C', (), {name: None})
    for f in (int, float, complex, math.floor, math.trunc, round, abs, math.sqrt, operator.index):
        try:
            print(name, f.__name__, f(C()))
        except Exception as e:
            print(name, f.__name__, type(e).__name__, e)

class S(str):
    __int__ = None

try:
    int(S('12'))
except TypeError as e:
    print('str subclass:', e)
