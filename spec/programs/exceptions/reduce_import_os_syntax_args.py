# ImportError keeps name/path and OSError its filenames through copy (__reduce__);
# SyntaxError's (msg, details) form checks the details tuple; the interpreter's SyntaxError
# printer ends the caret range at the end of the text.
import copy
import io
import sys

e = ImportError('no module', name='mod', path='/x/mod.py')
print(e.__reduce__())
print(ImportError('plain').__reduce__())
for clone in (copy.copy, copy.deepcopy):
    c = clone(e)
    print(type(c).__name__, c.args, c.name, c.path, c.msg)

o = OSError(2, 'No such file', 'a.txt')
print(o.args, o.__reduce__())
o2 = OSError(1, 'Not permitted', 'src', None, 'dst')
print(o2.__reduce__())
for clone in (copy.copy, copy.deepcopy):
    c = clone(o2)
    print(type(c).__name__, c.errno, c.strerror, c.filename, c.filename2, str(c))
o3 = OSError('just a message')
print(o3.__reduce__())

for details in [("f.py", 1, 2), ("f.py", 1, 2, "text"), ("f.py", 1, 2, "text", 1),
                ("f.py", 1, 2, "text", 1, 4), ("f.py", 1, 2, "t", 1, 4, 5)]:
    try:
        s = SyntaxError("bad", details)
        print('ok', s.filename, s.lineno, s.offset, s.text, s.end_lineno, s.end_offset)
    except TypeError as ex:
        print('TypeError:', ex)

for details in [("bad.py", 1, 2, "abcdefg", 1, 100), ("bad.py", 1, 2, "abcdefg\n", 1, 100),
                ("bad.py", 1, 5, "  abcdefg", 1, 100), ("bad.py", 1, 2, "abcdefg", 1, 5),
                ("bad.py", 1, 9, "abcdefg", 1, 12)]:
    try:
        raise SyntaxError("bad bad", details)
    except SyntaxError:
        saved = sys.stderr
        sys.stderr = io.StringIO()
        try:
            sys.__excepthook__(*sys.exc_info())
            text = sys.stderr.getvalue()
        finally:
            sys.stderr = saved
        print(text[text.index('line 1'):].splitlines())
