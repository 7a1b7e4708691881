# Shallow copies share nested objects; building deep copies by hand.
original = {'list': [1, 2], 'n': 1}
shallow = dict(original)
shallow2 = original.copy()
shallow['list'].append(3)
shallow['n'] = 99
print(original, shallow2['list'] is original['list'])


def deep_copy(v):
    if isinstance(v, dict):
        return {k: deep_copy(x) for k, x in v.items()}
    if isinstance(v, list):
        return [deep_copy(x) for x in v]
    return v


deep = deep_copy(original)
deep['list'].append('deep only')
print(original['list'], deep['list'])
l1 = [[0]] * 2
l2 = [x[:] for x in l1]
l1[0].append(1)
print(l1, l2, list(l1) == l1, list(l1) is l1, l1[:] is l1)
t = (1, [2])
t2 = tuple(t)
t2[1].append(3)
print(t, t2 == t)
s = {1, 2}
print(set(s) is s, frozenset(frozenset(s)) == s)
