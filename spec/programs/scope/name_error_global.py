# A name that is neither local, enclosing, global nor builtin raises NameError.
def use_missing():
    return missing_name


try:
    use_missing()
except NameError as e:
    print(type(e).__name__, e)
    print(e.args)
    print(type(e) is NameError)

try:
    print(not_defined_at_module)
except NameError as e:
    print(type(e).__name__, e)

missing_name = 'now defined'
print(use_missing())
del missing_name
try:
    use_missing()
except NameError as e:
    print(type(e).__name__, e)
    print(e.name)
