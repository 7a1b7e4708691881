# Replacing a real builtin in the builtins module is seen everywhere; restoring it works too.
import builtins

original_len = builtins.len


def measure(s):
    return len(s)


print(measure('hello'))
builtins.len = lambda obj: -1
print(measure('hello'))
print(len([1, 2]))
builtins.len = original_len
print(measure('hello'))
print(len is original_len)

for i in range(3):
    if i == 1:
        builtins.len = lambda obj: 'patched in loop'
    print(i, measure('xy'))
builtins.len = original_len
print(measure('xyz'))
