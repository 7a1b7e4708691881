# exec with the module's globals defines and rebinds module globals.
exec('created_by_exec = 41')
print(created_by_exec + 1)


def inside():
    exec('from_function = "via globals()"', globals())


inside()
print(from_function)


def rebinder():
    exec('counter = counter + 1', globals())


counter = 0
for _ in range(3):
    rebinder()
print(counter)


def reads_counter():
    return counter


print(reads_counter())
exec('del counter')
try:
    reads_counter()
except NameError as e:
    print(type(e).__name__, e)
