# A hot function reading a builtin must notice a global that shadows it, and its removal.
def measure(s):
    return len(s)


out = []
for i in range(40):
    if i == 10:
        len = lambda s: 'shadow'
    if i == 20:
        del len
    if i == 30:
        globals()['len'] = lambda s: 'shadow via dict'
    out.append(measure('abc'))
print(out[9], out[10], out[19], out[20], out[29], out[30], out[39])
print(len('ab'))
del globals()['len']
print(measure('abcd'))
