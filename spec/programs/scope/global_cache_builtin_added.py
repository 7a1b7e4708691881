# A name missing from globals and builtins appears later in builtins, then in globals.
import builtins


def lookup():
    try:
        return late_name
    except NameError as e:
        return 'missing'


history = []
for i in range(12):
    if i == 4:
        builtins.late_name = 'builtin'
    if i == 8:
        globals()['late_name'] = 'global'
    history.append(lookup())
print(history)
del late_name
print(lookup())
del builtins.late_name
print(lookup())
