# A module whose source does not compile raises SyntaxError at the import statement, which the
# importer can catch like any exception; its text is the line of the file (with its newline).
import sys

for name in ['parse_bad', 'compile_bad', 'symtable_bad']:
    try:
        __import__('syntax_error_import_pkg.' + name)
        print('imported?!', name)
    except SyntaxError as e:
        print(name, type(e).__name__, repr(e.msg), e.lineno, e.offset, repr(e.text), e.filename.endswith(name + '.py'))
        print(' in sys.modules:', 'syntax_error_import_pkg.' + name in sys.modules)

def via_from():
    try:
        from syntax_error_import_pkg import compile_bad
    except SyntaxError as e:
        return 'from-import: ' + e.msg
print(via_from())
try:
    import syntax_error_import_pkg.parse_bad as pb
except Exception as e:
    print('second try', type(e).__name__, e.lineno)
