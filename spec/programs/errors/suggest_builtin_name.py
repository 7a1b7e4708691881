# An uncaught NameError suggests a close builtin name.
values = [3, 1, 2]
print(sorted(values))
print(lenn(values))
