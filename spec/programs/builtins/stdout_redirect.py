import sys
from contextlib import redirect_stdout
class Cap:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
    def flush(self): pass
c = Cap()
with redirect_stdout(c):
    print("captured", 1)
    sys.stdout.write("direct\n")
print(c.parts)
old = sys.stdout
sys.stdout = Cap()
print("hidden")
cap = sys.stdout
sys.stdout = old
print(cap.parts)
print("x", file=c)
print(c.parts[-2:])
sys.stdout = sys.__stdout__
print("restored")
