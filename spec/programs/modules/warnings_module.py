# warnings: filters, catch_warnings(record=True), simplefilter/filterwarnings actions, error
# action raising, stacklevel, formatwarning, and a warning shown on stderr.
import warnings
print(warnings.__all__)
print(warnings.filters[:6])
print(warnings.formatwarning('msg', UserWarning, 'f.py', 3))
print(warnings.formatwarning('msg', UserWarning, 'f.py', 3, line='x = 1'))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.warn('hello')
    warnings.warn('dep', DeprecationWarning)
    warnings.warn(UserWarning('inst'))
    print(len(w), [str(x.message) for x in w], [x.category.__name__ for x in w], w[0].lineno, type(w[0]).__name__, str(w[0])[:40])
try:
    with warnings.catch_warnings():
        warnings.simplefilter('error')
        warnings.warn('boom', RuntimeWarning)
except RuntimeWarning as e:
    print('raised', e)
try: warnings.warn('x', int)
except TypeError as e: print(e)
def f():
    warnings.warn("from f", stacklevel=2)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("default")
    for i in range(3):
        f()
    warnings.warn("a dep", DeprecationWarning)
    print(len(w), w[0].lineno, w[0].filename == __file__)
with warnings.catch_warnings(record=True) as w:
    warnings.filterwarnings("ignore", message="skip")
    warnings.warn("skip this")
    warnings.warn("keep this")
    print([str(x.message) for x in w])
with warnings.catch_warnings(record=True) as w:
    warnings.resetwarnings()
    warnings.simplefilter("once")
    warnings.warn("o"); warnings.warn("o")
    print(len(w))
print(len(warnings.filters))
warnings.warn("to stderr")
print("end")
