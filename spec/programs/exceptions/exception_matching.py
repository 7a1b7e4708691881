# Which clause matches: order, tuples, subclasses, and invalid clause types.
class Base(Exception):
    pass


class Derived(Base):
    pass


def which(exc):
    try:
        raise exc
    except Derived:
        return 'Derived clause'
    except Base:
        return 'Base clause'
    except (ValueError, TypeError) as e:
        return 'tuple clause: ' + type(e).__name__
    except Exception:
        return 'Exception clause'


print(which(Derived()), which(Base()), which(TypeError()), which(OSError()))
print(which(Derived))


def invalid_clause():
    try:
        raise ValueError('x')
    except 'not a class':
        pass


try:
    invalid_clause()
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise 'string'
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise int
except TypeError as e:
    print(type(e).__name__, e)
