# inspect.stack / trace / getframeinfo / getouterframes / getinnerframes: FrameInfo and
# Traceback records (fields, indexing, code_context windows), caller names and locals.
import inspect, sys
def caller_name():
    return inspect.stack()[1].function
def outer():
    return caller_name()
print(outer())
def info():
    st = inspect.stack()
    fi = st[0]
    print(fi.function, fi.lineno, fi.code_context, fi.index, fi.filename.endswith("inspect_stack_frames.py"))
    print(fi[3], fi[2], len(fi), type(fi).__name__, fi._fields)
    print([f.function for f in st])
    print(st[1].frame.f_locals.get('marker'))
    print(inspect.stack(0)[0].code_context, inspect.stack(3)[0].code_context, inspect.stack(3)[0].index)
def run():
    marker = 'run-local'
    info()
run()
class K:
    def m(self):
        return inspect.stack()[0].function, inspect.currentframe().f_code.co_name
print(K().m())
fi = inspect.getframeinfo(sys._getframe())
print(fi.function, fi.lineno, fi.code_context, type(fi).__name__, fi._fields)
def boom():
    raise ValueError('x')
try:
    boom()
except ValueError:
    tr = inspect.trace()
    print([(t.function, t.lineno, t.code_context, t.positions) for t in tr])
    tb = sys.exc_info()[2]
    print([(f.function, f.lineno) for f in inspect.getinnerframes(tb)])
    print(inspect.getframeinfo(tb).positions, inspect.getframeinfo(tb.tb_next).function)
print([f.function for f in inspect.getouterframes(inspect.currentframe())])
try:
    inspect.getframeinfo(5)
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
g = (inspect.stack()[0].function for _ in range(1))
print(next(g), [inspect.stack()[0].function for _ in range(1)], (lambda: inspect.stack()[0].function)())
print(inspect.getlineno(sys._getframe()))
