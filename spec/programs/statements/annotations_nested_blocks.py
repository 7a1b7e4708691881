# A module or class body whose only annotated assignments sit inside nested blocks (a match
# case, an except handler, a loop's else) still gets __annotations__ before its first statement.
print('__annotations__' in globals())
match 3:
    case 1:
        a: str = 'one'
    case _:
        b: int = 2
print(__annotations__)


class InCase:
    print('__annotations__' in locals())
    match 'x':
        case 'x':
            y: float = 1.5
    print(__annotations__)


class InHandler:
    try:
        raise KeyError
    except KeyError:
        z: bytes = b''
    for _ in ():
        pass
    else:
        w: list = []


print(InCase.__annotations__, InHandler.__annotations__)


class NoAnnotations:
    def f(self):
        v: int = 1
        return v


print('__annotations__' in NoAnnotations.__dict__)
