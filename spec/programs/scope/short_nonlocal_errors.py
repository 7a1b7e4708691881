src_cases = [
    "def f():\n    nonlocal x\n",
    "x = 1\ndef f():\n    print(x)\n    global x\n",
    "def f():\n    x = 1\n    global x\n",
    "nonlocal y\n",
    "def f(a):\n    global a\n",
    "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n",
    "class C:\n    nonlocal q\n",
    "def f():\n    return\n    yield\n    return 5\nx = lambda: (yield)\n",
    "del f()\n",
    "f() = 1\n",
    "a + 1 = 2\n",
    "[x for x in range(3)] = 4\n",
    "def f(a, a): pass\n",
    "def f(*, **k): pass\n",
    "break\n",
    "def f():\n    continue\n",
    "return 5\n",
    "x = yield 1\n",
]
for s in src_cases:
    try:
        compile(s, "<case>", "exec")
        print("compiled ok")
    except SyntaxError as e:
        print(f"{e.msg} (line {e.lineno})")
