import warnings
src = "x = 1\nif x is 1: pass\n"
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    compile(src, "<s>", "exec")
    print(len(w), w[0].category.__name__, str(w[0].message), w[0].lineno, w[0].filename)
warnings.simplefilter("error")
for s in [src, "assert (1, 'msg')", "'abc' 'd' ()", "x = [1 2]", "(1)(2)", "1 is not ()"]:
    try:
        compile(s, "<s>", "exec")
        print("ok", repr(s))
    except SyntaxError as e:
        print(type(e).__name__, e.args)
    except Exception as e:
        print("other", type(e).__name__, e)
warnings.resetwarnings()
