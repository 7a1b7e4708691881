# BaseException.add_note reads and sets __notes__ through the attribute protocol (a class's
# __getattr__ / __setattr__ see it) and takes str subclasses.
class S(str):
    pass

class E(Exception):
    def __setattr__(self, name, v):
        print('setattr', name, v)
        super().__setattr__(name, v)

e = E('x')
e.add_note('one')
e.add_note(S('two'))
print(e.__notes__, type(e.__notes__[1]).__name__)

class G(Exception):
    def __getattr__(self, name):
        print('getattr', name)
        if name == '__notes__':
            return ['pre']
        raise AttributeError(name)

g = G()
g.add_note('n')
print(g.__dict__)

class H(Exception):
    __notes__ = ('t',)

for make, note in [(H, 'z'), (Exception, 5), (Exception, None)]:
    try:
        make().add_note(note)
    except TypeError as ex:
        print(ex)

x = ValueError()
x.__notes__ = 7
try:
    x.add_note('q')
except TypeError as ex:
    print(ex)
del x.__notes__
x.add_note('r')
print(x.__notes__)

class P:
    @property
    def __notes__(self):
        return self._n

class K(P, Exception):
    pass

k = K()
k._n = ['via property']
k.add_note('added')
print(k._n)
