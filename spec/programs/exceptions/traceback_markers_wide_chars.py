# Position markers under a source line count East Asian wide and fullwidth characters as two
# columns (as a terminal shows them), other characters (accented, astral narrow) as one.
import traceback


def show(thunk):
    try:
        thunk()
    except Exception:
        lines = traceback.format_exc().splitlines()
        print("\n".join(lines[-3:]))


def concat():
    label = "価格"; total = "合計: " + label + 5
    return total


def lookup():
    d = {"ｷｰ": 1, "日本": 2}; v = d["ｷｰ"] + d["日本"] + d["中文"]
    return v


def call():
    s = "🎉 party"; return s.center(10) + s.nope()


def narrow():
    x = "𝄞𝄞 naïve café"; y = x - 1
    return y


def attr():
    名前 = "値"; return 名前.upper().missing
    

for t in [concat, lookup, call, narrow, attr]:
    show(t)
