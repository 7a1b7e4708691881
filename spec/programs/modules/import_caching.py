# A module body runs once; later imports return the cached module object.
import sys
import import_caching_pkg.noisy as n1
import import_caching_pkg.noisy as n2
from import_caching_pkg import noisy as n3

print(n1 is n2 is n3, n1.loads)
n1.loads += 1
import import_caching_pkg.noisy
print(import_caching_pkg.noisy.loads)
del sys.modules['import_caching_pkg.noisy']
import import_caching_pkg.noisy as fresh
print(fresh is n1, fresh.loads, n1.loads)
sys.modules['fake_module_name'] = n1
import fake_module_name
print(fake_module_name is n1)
