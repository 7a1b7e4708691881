"""A helper package for package_import.py."""
print('package_import_pkg/__init__ running as', __name__)
VERSION = '1.0'
from .util import double
from . import sub
