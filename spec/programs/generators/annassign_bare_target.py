# A bare annotated target (obj.attr: T, obj[key]: T) evaluates obj and key, also in a
# generator where they may yield; a function never evaluates the annotation itself.
def chk(f, *a):
    try:
        print('ok', f(*a))
    except BaseException as e:
        print(type(e).__name__, e)
def f1():
    undefined_obj.attr: int
chk(f1)
def f2():
    d = {}
    d[undefined_key]: int
chk(f2)
def f3():
    d = {}
    d['k']: int
    return d
chk(f3)
def g():
    d = {}
    d[(yield 'k')]: int
    (yield 'obj').attr: int
    return 'done'
it = g()
print(next(it))
print(it.send(1))
try:
    it.send(None)
except StopIteration as e:
    print('stop', e.value)
class C:
    undefined_in_class.attr if False else None
    try:
        zz.attr: int
    except NameError as e:
        print('class', e)
    try:
        zz[0]: int
    except NameError as e:
        print('class2', e)
    lst = [1]
    lst[undefined_idx if False else 0]: undefined_ann if False else int
try:
    qq.attr: int
except NameError as e:
    print('module', e)
def f4():
    x: undefined_annotation_name = 5
    return x
chk(f4)
def f5():
    (x): undefined_annotation_name
    return 1
chk(f5)
