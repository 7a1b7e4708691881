# getattr, setattr, hasattr and delattr.
class Obj:
    cls_attr = 'class'


o = Obj()
setattr(o, 'x', 1)
setattr(o, 'with space', 'odd name')
print(getattr(o, 'x'), getattr(o, 'cls_attr'), getattr(o, 'missing', None), getattr(o, 'with space'))
print(hasattr(o, 'x'), hasattr(o, 'y'), hasattr(Obj, 'cls_attr'), hasattr(o, '__class__'))
delattr(o, 'x')
print(hasattr(o, 'x'), sorted(vars(o)))
try:
    getattr(o, 'missing')
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(o, 'cls_attr')
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(o, 5)
except TypeError as e:
    print(type(e).__name__, e)


class Raises:
    @property
    def bad(self):
        raise ValueError('not AttributeError')


try:
    hasattr(Raises(), 'bad')
except ValueError as e:
    print(type(e).__name__, e)
print(getattr(5, 'real'), getattr('abc', 'upper')())
