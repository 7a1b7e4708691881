# repr() of a set/frozenset subclass lists it as PySequence_List does: through __iter__, then
# the length hint (__len__, whose non-TypeError errors propagate).
class S(set):
    def __len__(self):
        print('S.len')
        return 2
    def __iter__(self):
        print('S.iter')
        return iter([7, 8])

s = S({1, 2})
print(repr(s))
print(str(s))
print(f'{s}')

class F(frozenset):
    def __len__(self):
        print('F.len')
        return 2
    def __iter__(self):
        return iter([5])

print(F({1}))

class E(set):
    def __len__(self):
        raise KeyError('x')

try:
    print(E({1}))
except Exception as e:
    print(type(e).__name__, e)

class TE(set):
    def __len__(self):
        raise TypeError('ignored')

print(TE({3}))

class Z(set):
    def __len__(self):
        return 0

print(Z({1}), S(), Z())

class Plain(frozenset):
    pass

print(Plain({4}), Plain(), [Plain({1})])
