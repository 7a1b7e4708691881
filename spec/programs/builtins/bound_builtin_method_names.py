# A builtin method bound to an instance is named after the instance's type (its __qualname__ and
# the argument errors of calls made through the bound object), while a direct call names the type
# defining the method; method-wrappers keep the defining type; classmethods name the class.
class L(list): pass
class D(dict): pass
class S(str): pass

def show(thunk):
    try:
        print(thunk())
    except TypeError as e:
        print('TypeError', e)

show(lambda: True.bit_length.__qualname__)
show(lambda: L().append.__qualname__)
show(lambda: [].append.__qualname__)
show(lambda: (lambda: 0).__format__.__qualname__)
show(lambda: D.fromkeys.__qualname__)
show(lambda: dict.fromkeys.__qualname__)
show(lambda: (1).__add__.__qualname__)
show(lambda: True.__add__.__qualname__)
show(lambda: L().__len__.__qualname__)
show(lambda: S('x').upper.__qualname__)

# Direct calls: the defining type.
show(lambda: True.bit_length(1))
show(lambda: L().append())
show(lambda: L.append(L()))
show(lambda: object().__format__())
show(lambda: S('a').upper(1))

# Calls through a bound method object: the receiver's type.
for bound, args in [(True.bit_length, (1,)), (L().append, ()), (L().sort, (1,)), (S('x').upper, (1,)),
                    ((lambda: 0).__format__, ()), (object().__format__, (1, 2)), (True.to_bytes, (1, 2, 3, 4)),
                    (D().get, ()), (D().keys, (1,))]:
    try:
        bound(*args)
        print('ok')
    except TypeError as e:
        print('TypeError', e)
