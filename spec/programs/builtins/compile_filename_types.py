# compile()'s filename must be str, bytes or os.PathLike (checked before the mode and the
# source); the code object and a SyntaxError carry the decoded name.
class P:
    def __fspath__(self): return 'pathlike.py'
for a in [('x', 3j, 'exec'), ('x', b'ab', 'exec'), ('x', None, 'exec'), ('x', 'f', 'bad'), (3j, 'f', 'exec'), ('x', 3j, 'bad'), ('1/', P(), 'exec'), ('1/', b'bytes.py', 'exec')]:
    try:
        c = compile(*a)
        print('ok', c.co_filename)
    except SyntaxError as e:
        print('SyntaxError', e.msg, e.filename)
    except Exception as e:
        print(type(e).__name__, e)
