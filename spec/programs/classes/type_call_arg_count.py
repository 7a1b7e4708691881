# type() with the wrong number of arguments: type itself says "1 or 3", a metaclass
# (which reaches type.__new__) gets __new__'s message with the count.

class Meta(type):
    pass


class Other(type, metaclass=Meta):
    pass


for f in (type, Meta, Other):
    for args in ((5,), (1, 2), (), ('X', (), {}, 4)):
        try:
            r = f(*args)
            print(f.__name__, len(args), 'ok', r)
        except TypeError as e:
            print(f.__name__, len(args), e)

print(type(5), Meta('M', (), {}).__name__)
