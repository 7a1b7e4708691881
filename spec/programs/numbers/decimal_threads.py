# Each thread has its own current context, starting as a copy of DefaultContext
import threading
from decimal import Decimal, getcontext, setcontext, Context, localcontext
getcontext().prec = 10
print(Decimal(1) / 7)
out = []
def work(n):
    ctx = getcontext()
    out.append((n, ctx.prec, str(Decimal(1) / 7)))
    ctx.prec = n
    out.append((n, str(Decimal(2) / 3)))
    setcontext(Context(prec=3))
    out.append((n, str(Decimal(2) / 3)))
ts = [threading.Thread(target=work, args=(n,)) for n in (4, 6)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(out, key=str))
print(getcontext().prec, Decimal(1) / 7)
