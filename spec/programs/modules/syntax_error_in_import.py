# A SyntaxError in an imported module (parser or symbol table) is an ordinary exception at the
# import statement: it can be caught, and the failed module is not left in sys.modules.
# Found by tools/fuzz-scope.py's probes (it escaped every except clause).
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), 'syntax_error_in_import_pkg'))
for name in ['bad_parse', 'bad_symtable']:
    try:
        __import__(name)
    except SyntaxError as e:
        print(name, type(e).__name__, e.msg, e.lineno, os.path.basename(e.filename), repr(e.text))
    except BaseException as e:
        print(name, 'other', type(e).__name__)
    print(name in sys.modules)
try:
    import bad_parse
except Exception as e:
    print('again', type(e).__name__, e.msg)
import bad_symtable
