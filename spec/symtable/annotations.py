x: int
y: List[int] = []
(z): int = 1
obj.attr: Ann = 1
obj[0]: Ann2 = 2
unset: "forward"

def f(a: A, b: "B") -> R:
    local: LocalAnn
    assigned: LocalAnn2 = 1
    (paren): int
    (paren2): int = 2
    return a

class C:
    field: FieldType
    field2: FieldType2 = 0
    def m(self, arg: ArgType) -> RetType:
        v: VType
        return v
