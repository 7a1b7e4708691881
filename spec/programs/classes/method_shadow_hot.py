# Methods and class attributes looked up in hot loops while instances gain and lose
# attributes of the same name (the VM's compiled loops cache, per call site, the key layout of
# instance dicts known not to hold the name).
class A:
    tag = 'class-tag'

    def __init__(self, i):
        self.x = i
        self.y = -i

    def m(self):
        return 'class'


objs = [A(i) for i in range(8)]
odd = A(99)
odd.z = 1  # another layout
objs.append(odd)


def sweep(rounds):
    seen = {}
    for r in range(rounds):
        for o in objs:
            key = (o.m(), o.tag)
            seen[key] = seen.get(key, 0) + 1
        if r == rounds // 3:
            objs[2].m = lambda: 'instance'
            objs[5].tag = 'inst-tag'
        if r == 2 * rounds // 3:
            del objs[2].m
            del objs[5].tag
            odd.m = lambda: 'odd'
    return sorted(seen.items())


print(sweep(3000))


class B(A):
    pass


def mixed(rounds):
    out = []
    items = [A(1), B(2), A(3), B(4)]
    for r in range(rounds):
        for o in items:
            v = o.m()
            if r == rounds - 1:
                out.append(v)
        if r == rounds // 2:
            items[1].__dict__['m'] = lambda: 'via __dict__'
            items[2].__dict__.update(m=lambda: 'via update')
    return out


print(mixed(2000))
