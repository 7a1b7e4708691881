# Builtin functions, constructors and methods called with keyword arguments (their parameter names,
# unknown names, a name also given by position, too many in all): results and binding errors.
calls = [
    (int, ('5',), {'base': 10}), (int, (), {'x': '5'}), (int, ('5',), {'x': 1}), (int, ('5', 10), {'base': 10}), (int, (), {'base': 10}),
    (float, (), {'x': 1}), (str, (), {'object': 1}), (str, (b'a',), {'encoding': 'ascii', 'errors': 'strict'}), (str, (), {'encoding': 'ascii'}), (str, (1,), {'bad': 1}),
    (bytes, (), {'source': 'a', 'encoding': 'ascii'}), (bytes, ('a',), {'encoding': 'ascii', 'x': 1}), (bytearray, (), {'source': 3}),
    (list, (), {'iterable': 'ab'}), (tuple, (), {'iterable': 'ab'}), (set, (), {'iterable': 'ab'}), (frozenset, (), {'iterable': 'a'}), (dict, (), {'iterable': 1}),
    (range, (), {'stop': 3}), (slice, (), {'stop': 3}), (complex, (), {'real': 1, 'imag': 2}), (complex, (1,), {'real': 1}), (bool, (), {'x': 1}),
    (sorted, ([2, 1],), {'key': None, 'reverse': True}), (sorted, (), {'iterable': [1]}), (min, ([1],), {'key': None, 'default': 0}), (max, (), {'default': 1}),
    (sum, ([1],), {'start': 1}), (sum, (), {'iterable': [1]}), (enumerate, ('a',), {'start': 1}), (enumerate, (), {'iterable': 'a', 'start': 2}),
    (zip, ('a',), {'strict': 1}), (zip, ('a',), {'bad': 1}), (map, (str, 'a'), {'x': 1}), (filter, (None, 'a'), {'x': 1}), (iter, ('a',), {'x': 1}), (next, (iter('a'),), {'default': 1}),
    (round, (1.5,), {'ndigits': 1}), (round, (), {'number': 1.5}), (pow, (2,), {'exp': 3}), (pow, (), {'base': 2, 'exp': 3, 'mod': 5}), (divmod, (1,), {'y': 2}),
    (print, ('x',), {'sep': '', 'end': '\n', 'file': None, 'flush': False}), (format, (1,), {'format_spec': 'd'}), (repr, (), {'obj': 1}), (abs, (), {'x': 1}),
    (isinstance, (1,), {'classinfo': int}), (getattr, (1, 'real'), {'default': 0}), (hasattr, (1,), {'name': 'x'}), (len, (), {'obj': []}), (hash, (), {'obj': 1}),
    (open, ('/dev/null',), {'mode': 'r', 'bad': 1}), (type, ('X', (), {}), {'metaclass': type}), (object, (), {'x': 1}), (super, (), {'type': int}), (property, (), {'fget': None, 'doc': 'd'}),
    (staticmethod, (), {'function': len}), (classmethod, (), {'f': len}), (ascii, (), {'obj': 1}), (chr, (), {'i': 65}), (ord, (), {'c': 'a'}), (bin, (), {'number': 1}),
    (vars, (), {'object': 1}), (dir, (), {'object': 1}), (callable, (), {'obj': 1}), (id, (), {'obj': 1}), (memoryview, (), {'object': b'a'}), (reversed, (), {'sequence': [1]}),
]
for f, a, k in calls:
    try:
        r = f(*a, **k)
        s = repr(r)
        if ' at 0x' in s: s = type(r).__name__
        print(f.__name__, 'ok', s[:60])
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
mcalls = [('abc', 'split', (), {'sep': 'b', 'maxsplit': 1}), ('abc', 'split', ('b',), {'sep': 'b'}), ('abc', 'split', (), {'x': 1}), ('a b', 'rsplit', (), {'maxsplit': 1}), ('abc', 'find', (), {'sub': 'b'}),
          ('abc', 'replace', ('a', 'b'), {'count': 1}), ('abc', 'startswith', (), {'prefix': 'a'}), ('abc', 'encode', (), {'encoding': 'ascii', 'errors': 'strict'}), ('abc', 'center', (5,), {'fillchar': '*'}),
          ('abc', 'splitlines', (), {'keepends': True}), ('abc', 'expandtabs', (), {'tabsize': 4}), ('abc', 'join', (), {'iterable': 'x'}), ('abc', 'strip', (), {'chars': 'a'}), ('abc', 'format', (), {'x': 1}),
          ([3, 1], 'sort', (), {'key': None, 'reverse': False}), ([1], 'append', (), {'object': 1}), ([1], 'index', (1,), {'start': 0}), ([1], 'pop', (), {'index': 0}), ([1], 'insert', (0,), {'object': 1}),
          ({'a': 1}, 'get', ('a',), {'default': 0}), ({'a': 1}, 'pop', ('a',), {'default': 0}), ({'a': 1}, 'setdefault', ('b',), {'default': 0}), ({'a': 1}, 'update', (), {'b': 2}), ({}, 'fromkeys', ('a',), {'value': 1}),
          ({1}, 'add', (), {'elem': 1}), (b'abc', 'decode', (), {'encoding': 'ascii'}), (b'abc', 'split', (), {'sep': b'b'}), (b'a', 'hex', (), {'sep': ':', 'bytes_per_sep': 1}), (1, 'to_bytes', (), {'length': 2, 'byteorder': 'big', 'signed': True}),
          (int, 'from_bytes', (), {'bytes': b'\x01', 'byteorder': 'big'}), (1.5, 'hex', (), {'x': 1}), (1, 'bit_length', (), {'x': 1}), ((1,), 'index', (), {'value': 1}), (range(3), 'index', (), {'value': 1})]
for o, name, a, k in mcalls:
    try:
        c = o.copy() if hasattr(o, 'copy') else o
        r = getattr(c, name)(*a, **k)
        print(type(o).__name__, name, 'ok', repr(r)[:60])
    except Exception as e:
        print(type(o).__name__, name, type(e).__name__, e)
