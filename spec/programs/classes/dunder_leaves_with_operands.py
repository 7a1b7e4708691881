# An operator dunder called directly by compiled code whose body goes on in the interpreter
# (a branch it had not run when it was compiled) and returns NotImplemented: the interpreter
# finishes the operator from the operands left on the caller's stack (the TypeError naming
# both types, or the reflected comparison).

negatives = []


def note(v):
    negatives.append(v)


class A:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        if other.v < 0:
            note(other.v)
            return NotImplemented
        return A(self.v + other.v)

    def __lt__(self, other):
        if other.v < 0:
            note(other.v)
            return NotImplemented
        return self.v < other.v

    def __gt__(self, other):
        return "gt" if other.v < 0 else self.v > other.v


def run(n):
    log = []
    total = 0
    for i in range(n):
        a = A(i)
        b = A(-1) if i % 10 == 0 and i > 150 else A(1)
        try:
            total += (a + b).v
        except TypeError as e:
            log.append(str(e))
        q = divmod(i, 7)
        r = a < b
        if r == "gt":
            log.append(r)
        elif r:
            total += 1
        total += q[1]
    return total, log[:4], len(log), len(negatives)


print(run(300))
