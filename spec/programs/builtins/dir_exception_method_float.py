# dir() lists what the type dicts hold: BaseException's __dict__ getset and __setstate__,
# a bound method's __func__/__self__, float.__getformat__.
e = ValueError(1)
print(dir(e))
print(dir(ValueError) == dir(e))
print(e.__dict__, vars(e))
e.note = 'x'
print(e.__dict__)
e.__setstate__({'y': 2, 'z': [3]})
print(e.y, e.z, sorted(e.__dict__))
print(e.__setstate__(None), e.args)
for bad in (5, {1: 2}):
    try:
        e.__setstate__(bad)
    except TypeError as x:
        print('TypeError:', x)
e.__dict__ = {'fresh': 1}
print(e.__dict__, e.fresh)
for bad in (5,):
    try:
        e.__dict__ = bad
    except TypeError as x:
        print('TypeError:', x)
try:
    del e.__dict__
except TypeError as x:
    print('TypeError:', x)
class E(Exception):
    pass
print('__dict__' in E.__dict__, '__dict__' in BaseException.__dict__, '__setstate__' in BaseException.__dict__)
print(dir(E('m')) == sorted(set(dir(Exception('m'))) | {'__module__', '__weakref__'}))
class A:
    def m(self):
        return 1
bm = A().m
print(dir(bm))
print(bm.__func__ is A.m, type(bm.__self__).__name__, '__func__' in type(bm).__dict__)
print(dir(1.5))
print(float.__getformat__('double'), float.__getformat__('float'))
for bad in ('x', 1):
    try:
        float.__getformat__(bad)
    except (TypeError, ValueError) as x:
        print(type(x).__name__, x)
