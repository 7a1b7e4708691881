import sys
print(sys.excepthook is sys.__excepthook__, sys.excepthook.__name__)
def h(t, v, tb):
    print('hook', t.__name__, v, type(tb).__name__)
    raise KeyError('in hook')
sys.excepthook = h
raise ValueError('orig')
