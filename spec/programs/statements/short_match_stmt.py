def describe(obj):
    match obj:
        case 0 | 1:
            return "small int"
        case int(n) if n < 0:
            return f"negative {n}"
        case [x, y]:
            return f"pair {x},{y}"
        case [x, *rest]:
            return f"seq head {x} rest {rest}"
        case {"type": "point", "x": x, **others}:
            return f"point x={x} others={others}"
        case str() as s:
            return f"string {s!r}"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point():
            return "some point"
        case _:
            return "other"
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
for o in [0, -5, 7, [1, 2], [1, 2, 3], (9,), {"type": "point", "x": 1, "c": 2}, "hi", Point(0, 3), Point(1, 1), None, 2.5]:
    print(describe(o))
def cmd(c):
    match c.split():
        case ["go", ("north" | "south") as d]:
            return f"going {d}"
        case ["take", item, *_]:
            return f"take {item}"
        case []:
            return "empty"
    return "unknown"
print(cmd("go north"), cmd("take lamp now"), cmd(""), cmd("go west"))
match Point(1, 2):
    case Point(a, b):
        print(a, b)
