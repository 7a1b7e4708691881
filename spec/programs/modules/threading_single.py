import threading
results = []
lock = threading.Lock()
def worker(n):
    with lock:
        results.append(n * n)
threads = [threading.Thread(target=worker, args=(i,)) for i in range(5)]
for t in threads: t.start()
for t in threads: t.join()
print(sorted(results), [t.name for t in threads], threads[0].is_alive())
print(lock.locked(), lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
for bad in [lock.release, threading.RLock().release, lambda: lock.acquire(False, 1), lambda: lock.acquire(timeout=-5), lambda: threading.BoundedSemaphore(1).release(), lambda: threading.Semaphore(-1), lambda: threading.Semaphore().release(0)]:
    try:
        bad()
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__, e)
r = threading.RLock()
with r:
    with r:
        print("reentrant ok")
print(repr(r).split(" at ")[0], repr(threading.Lock()).split(" at ")[0], type(threading.Lock()).__name__, type(r).__name__)
c = threading.Condition()
with c:
    c.notify_all()
    print(c.wait(0), c.wait_for(lambda: 42))
try:
    c.notify()
except RuntimeError as e:
    print(e)
ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
ev.set()
print(ev.wait(), ev.is_set())
ev.clear()
print(ev.is_set())
s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(blocking=False), s.acquire(timeout=0.01))
s.release(2)
with s:
    print("in sem", s._value)
bs = threading.BoundedSemaphore(2)
bs.acquire(); bs.release()
class MyThread(threading.Thread):
    def __init__(self, v):
        super().__init__(name=f"my-{v}")
        self.v = v
        self.out = None
    def run(self):
        self.out = self.v * 10
        print("running", self.name, threading.current_thread().name)
mt = MyThread(3)
print(repr(mt))
mt.start(); mt.join()
print(mt.out, repr(mt).split(" stopped")[0])
try:
    mt.start()
except RuntimeError as e:
    print(e)
try:
    threading.Thread(target=print).join()
except RuntimeError as e:
    print(e)
print(threading.current_thread().name, threading.main_thread().name, threading.current_thread() is threading.main_thread(), threading.active_count(), isinstance(threading.get_ident(), int))
t = threading.Thread(target=lambda: None, daemon=True)
print(t.daemon, t.name.endswith("(<lambda>)"))
loc = threading.local()
loc.value = 5
print(loc.value, hasattr(loc, "other"))
fired = []
tm = threading.Timer(0.0, fired.append, args=["fired"])
tm.start(); tm.join()
tm2 = threading.Timer(10, fired.append, args=["never"])
tm2.cancel(); tm2.start(); tm2.join()
print(fired)
def failing():
    raise ValueError("thread failure")
ft = threading.Thread(target=failing, name="bad")
ft.start(); ft.join()
print("after failing thread")
