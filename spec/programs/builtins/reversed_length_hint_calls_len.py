# list(reversed(x)) asks reversed's __length_hint__, which calls len(x) again (reversed_len);
# so do tuple() and sorted().
class S:
    def __len__(self):
        print('len')
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i

r = reversed(S())
print('made')
print(r.__length_hint__())
print(list(r))
print(tuple(reversed(S())))
print(sorted(reversed(S())))
r = reversed(S())
next(r)
print(r.__length_hint__())
print(list(r), r.__length_hint__())

class Flaky:
    calls = 0
    def __len__(self):
        Flaky.calls += 1
        if Flaky.calls > 1:
            raise KeyError('second len')
        return 2
    def __getitem__(self, i):
        return 'ab'[i]

try:
    print(list(reversed(Flaky())))
except KeyError as e:
    print('KeyError', e)

class TypeErrLen:
    calls = 0
    def __len__(self):
        TypeErrLen.calls += 1
        if TypeErrLen.calls > 1:
            raise TypeError('ignored by the hint')
        return 2
    def __getitem__(self, i):
        return 'xy'[i]

print(list(reversed(TypeErrLen())))
