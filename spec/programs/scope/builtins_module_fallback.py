# Names added to the builtins module become visible as a fallback for global lookup.
import builtins


def read_answer():
    return answer


try:
    read_answer()
except NameError as e:
    print(type(e).__name__, e)

builtins.answer = 42
print(read_answer())
print(answer)

answer = 'module global'
print(read_answer())
del answer
print(read_answer())

builtins.answer = 43
print(read_answer())
del builtins.answer
try:
    read_answer()
except NameError as e:
    print(type(e).__name__, e)
print(hasattr(builtins, 'answer'))
