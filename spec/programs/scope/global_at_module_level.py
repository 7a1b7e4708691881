# `global` at module level is allowed and changes nothing.
global top
top = 1
print(top, globals()['top'])


class C:
    global top
    top = 2


print(top, hasattr(C, 'top'))

for i in range(2):
    global loop_var
    loop_var = i
print(loop_var)
print([i for i in range(3)], i)
