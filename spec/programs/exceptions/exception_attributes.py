# Attributes carried by specific exceptions.
try:
    {}['key']
except KeyError as e:
    print(e.args, str(e))
try:
    undefined_name
except NameError as e:
    print(e.name)
try:
    (1).missing
except AttributeError as e:
    print(e.name, e.obj)
try:
    int('q')
except ValueError as e:
    print(e.args)
try:
    compile('a b', 'file.py', 'exec')
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno, repr(e.text))
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
    print(e)
try:
    raise SystemExit('bye')
except SystemExit as e:
    print(repr(e.code))
e = ValueError('note me')
e.add_note('first note')
e.add_note('second note')
print(e.__notes__)
