# Assigning __dict__ on a staticmethod or classmethod replaces its instance dict (the old
# attributes go); it must be a dict, and it cannot be deleted.
for wrapper in (staticmethod(len), classmethod(len)):
    wrapper.x = 1
    wrapper.__dict__ = {'q': 2}
    print(type(wrapper).__name__, sorted(wrapper.__dict__), hasattr(wrapper, 'x'), wrapper.q)
    try:
        wrapper.__dict__ = [1]
    except TypeError as e:
        print(e)
    try:
        del wrapper.__dict__
    except TypeError as e:
        print(e)
    print(wrapper.__func__ is len)
