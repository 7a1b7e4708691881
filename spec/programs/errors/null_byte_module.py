# Importing a module whose source has a NUL byte: SyntaxError "source code string cannot
# contain null bytes", with no location (the module's bytes are compiled as a string).
import sys
import os
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), 'null_byte_module_pkg'))
try:
    import with_nul
except SyntaxError as e:
    print(type(e).__name__, e.args, e.filename, e.lineno)
print('with_nul' in sys.modules)
import with_nul
