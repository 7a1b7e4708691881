match command:
    case [first, *rest]:
        pass
    case {"key": value, **others}:
        pass
    case Point(x=px, y=py) | Point3(px, py):
        pass
    case str() as s:
        pass
    case Color.RED:
        pass
    case None | True:
        pass
    case [1, 2, *_]:
        pass
    case _ if guard_var:
        pass

def f(subject):
    match subject:
        case (a, b) if a > limit:
            return a
        case {**kw}:
            return kw
        case pkg.Cls(attr=[*inner]):
            return inner
