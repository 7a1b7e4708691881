# A slot wrapper bound to an instance is a method-wrapper ((1).__add__, object().__init__); a
# builtin type's ordinary method bound to one is a builtin_function_or_method. Two bindings of
# one method to one object compare equal. Types of runtime-only objects cannot be called.
def shape(x):
    r = repr(x)
    if " at 0x" in r:
        r = r[:r.index(" at 0x")] + ">"
    return type(x).__name__ + " " + r


for x in [(1).__add__, [].append, object.__init__, object().__init__, int.__add__, list.append,
          [].__len__, list.__len__, object().__str__, object.__eq__, iter([]).__next__, None.__bool__,
          len, "".join, {}.__getitem__]:
    print(shape(x))


class C:
    pass


print(shape(C().__init__), shape(C.__init__), shape(C().__hash__))
m = (1).__add__
print(m.__name__, m.__qualname__, m.__self__, m.__objclass__, m(41), m.__call__(1))
print(sorted(set(dir(m)) - set(dir(object))))
print(sorted(set(dir([].append)) - set(dir(object))))
items = []
print(items.append == items.append, items.append != items.append, items.append == [].append,
      items.append == items.pop, hash(items.append) == hash(items.append), {items.append: 1}[items.append])
print(m == (1).__add__, m == (2).__add__, items.__len__ == items.__len__, len == len)
for t in [type(len), type(m), type(object.__init__), type(list.append), type(int.real)]:
    try:
        t()
    except TypeError as e:
        print(e)
