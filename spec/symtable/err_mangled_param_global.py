class C:
    def f(self, __a):
        global __a
