# Circular imports: a module is in sys.modules before its body finishes.
import sys
from circular_import_pkg import alpha

print(alpha.call_beta())
print(alpha.A_CONST, alpha.beta.B_CONST, alpha.beta.alpha is alpha)
try:
    import circular_import_pkg.gamma
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0])
print('circular_import_pkg.gamma' in sys.modules, 'circular_import_pkg.delta' in sys.modules)
