# Importing a package with submodules and relative imports.
import package_import_pkg
import package_import_pkg.sub.leaf as leaf
from package_import_pkg.util import describe
from package_import_pkg import sub as sub_alias
import sys

print(package_import_pkg.VERSION, package_import_pkg.double(5), package_import_pkg.__doc__)
print(leaf.leaf_value, leaf.version_seen, describe())
print(sub_alias is package_import_pkg.sub, sub_alias.leaf_value)
print(sorted(k for k in sys.modules if k.startswith('package_import_pkg')))
print(package_import_pkg.__name__, package_import_pkg.sub.__name__, leaf.__name__, leaf.__package__)
print(package_import_pkg.util.__package__, package_import_pkg.__package__)
import package_import_pkg.util
print(package_import_pkg.util.double is package_import_pkg.double)
