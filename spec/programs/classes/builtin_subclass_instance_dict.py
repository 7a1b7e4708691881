for base in (list, dict, int, str, tuple, set, bytes, float, Exception, object, bytearray, frozenset):
    class C(base): pass
    c = C()
    c.x = 1
    try:
        print(base.__name__, c.__dict__)
    except AttributeError as e:
        print(base.__name__, "AE", e)
