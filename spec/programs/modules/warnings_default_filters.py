# The default filters: DeprecationWarning shown in __main__ only (a plain-string module entry),
# PendingDeprecationWarning / ImportWarning / ResourceWarning ignored.
import warnings
print(warnings.filters[0][:2], warnings.filters[0][2].__name__, warnings.filters[0][3:])
with warnings.catch_warnings(record=True) as w:
    warnings.warn('dep in main', DeprecationWarning)
    def f():
        warnings.warn('dep in f', DeprecationWarning)
    f()
    warnings.warn('pending', PendingDeprecationWarning)
    warnings.warn('import', ImportWarning)
    warnings.warn('user')
    warnings.warn_explicit('explicit dep', DeprecationWarning, 'other.py', 3)
    warnings.warn_explicit('explicit main', DeprecationWarning, 'x.py', 4, module='__main__')
    print([(x.category.__name__, str(x.message), x.lineno) for x in w])
warnings.warn('to stderr', DeprecationWarning)
print('done')
