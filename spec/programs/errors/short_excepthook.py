import sys
class Upper:
    def __init__(self, stream):
        self.stream = stream
        self.count = 0
    def write(self, s):
        self.count += 1
        return self.stream.write(s.upper())
    def flush(self):
        self.stream.flush()
orig = sys.stdout
sys.stdout = Upper(orig)
print("shouted", 1, [2])
sys.stdout.write("direct\n")
n = sys.stdout.count
sys.stdout = orig
print("normal", n)
print("to custom", file=Upper(sys.stdout))
def hook(t, v, tb):
    print("custom hook:", t.__name__, v, tb.tb_lineno if tb else None)
sys.excepthook = hook
def frames():
    f = sys._getframe()
    print(f.f_code.co_name, f.f_back.f_code.co_name, f.f_lineno, sorted(f.f_back.f_locals)[:3] if False else "")
    print(f.f_globals is globals(), "hook" in f.f_back.f_globals)
frames()
def caller_locals():
    return sys._getframe(1).f_locals
def user():
    secret = 42
    return caller_locals()["secret"]
print(user())
print(sys.__stdout__ is orig, sys.stderr is sys.__stderr__)
raise ValueError("to the hook")
