# Private names (__x) in a class body are mangled, including names of globals.
_C__hidden = 'mangled global'
__hidden = 'plain global'


class C:
    __attr = 'class private'

    def get_attr(self):
        return self.__attr

    def get_global(self):
        return __hidden

    def local(self):
        __local = 'local var'
        return sorted(locals())


c = C()
print(c.get_attr())
print(c.get_global())
print(c.local())
print(sorted(k for k in vars(C) if 'attr' in k))
print(C._C__attr)
try:
    c.__attr
except AttributeError as e:
    print(type(e).__name__, e)


class _Under:
    __x = 1


print(sorted(k for k in vars(_Under) if 'x' in k))
print(C.get_global.__code__.co_names)
