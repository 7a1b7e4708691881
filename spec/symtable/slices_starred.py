a[lo:hi:st] = b[::step]
first, *middle, last = seq
print(*args, **kwargs)
c = [*it1, *it2]
d = {**m1, 'k': v, **m2}
e = {s1, *s2}
