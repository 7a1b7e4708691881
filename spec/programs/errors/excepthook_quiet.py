import sys
seen = []
def hook(t, v, tb):
    seen.append(t.__name__)
    print("custom report:", t.__name__, v.args)
sys.excepthook = hook
def f():
    raise LookupError("deep", 2)
f()
