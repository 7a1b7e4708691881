if True:
    def defined_in_if():
        pass
else:
    class ClassInElse:
        pass
for i in range(3):
    def loop_def(i=i):
        return i
while False:
    lam = lambda: i
