# threading.excepthook prints the interpreter's own report (as CPython's C hook does), so a
# NameError keeps its "Did you mean" hint; traceback.print_exception (CPython 3.11's Python
# code) has none. (The script's absolute path is printed as FILE.)
import sys
import threading
import traceback


from _tb_probe import scrub_stdout

scrub_stdout(also_stderr=True)


def work():
    value = 1
    return valeu


try:
    work()
except NameError as e:
    args = threading.ExceptHookArgs((type(e), e, e.__traceback__, threading.current_thread()))
    threading.excepthook(args)
    print("--")
    traceback.print_exception(e)
    print("--")
    threading.excepthook(threading.ExceptHookArgs((SystemExit, SystemExit(1), None, None)))
print("done")
