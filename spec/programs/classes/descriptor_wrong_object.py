# Getset and member descriptors of builtin types used directly on an object of another type:
# __get__, __set__ and __delete__ all check it first (a __set__ of an exception's attribute on
# an int was an uncatchable internal error).
pairs = [(BaseException, 'args'), (BaseException, '__cause__'), (BaseException, '__context__'), (BaseException, '__traceback__'),
         (BaseException, '__suppress_context__'), (StopIteration, 'value'), (OSError, 'errno'), (OSError, 'filename'),
         (SyntaxError, 'msg'), (SystemExit, 'code'), (ImportError, 'name'), (UnicodeError, 'start') if False else (UnicodeDecodeError, 'start'),
         (type(lambda: 0), '__name__'), (type(lambda: 0), '__defaults__'), (type(lambda: 0), '__doc__'), (type, '__name__'), (type, '__doc__'),
         (property, '__doc__'), (complex, 'real'), (int, 'real'), (slice, 'start'), (range, 'stop')]
for T, name in pairs:
    d = T.__dict__[name]
    for obj in [5, 'x', [1]]:
        for op in ('get', 'set', 'del'):
            try:
                if op == 'get':
                    r = d.__get__(obj, type(obj))
                    print(T.__name__, name, op, 'ok', r)
                elif op == 'set':
                    d.__set__(obj, 0)
                    print(T.__name__, name, op, 'ok')
                else:
                    d.__delete__(obj)
                    print(T.__name__, name, op, 'ok')
            except Exception as e:
                print(T.__name__, name, op, type(obj).__name__, type(e).__name__, e)
