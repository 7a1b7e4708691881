# sys.getsizeof adds its headers to a class's __sizeof__ exactly, however large (a size_t),
# and refuses a result beyond Py_ssize_t with OverflowError; never a float-valued int.
import sys
for v in [0, 5, 2**53, 2**53 + 1, 2**62, 2**63 - 1 - 32, 2**63 - 17, 2**63 - 1, 2**63, 2**64, -1, True]:
    for slots in (False, True):
        ns = {'__sizeof__': lambda self, v=v: v}
        if slots: ns['__slots__'] = ()
        C = type('C', (), ns)
        try: print(v, slots, sys.getsizeof(C()))
        except Exception as e: print(v, slots, type(e).__name__, e)
