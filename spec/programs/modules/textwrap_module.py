import textwrap
text = ("The quick brown fox jumps over the lazy dog. A well-known pangram -- used since the "
        "late-nineteenth century -- exercises every letter.  Tabs\there, newlines\nthere! "
        "Supercalifragilisticexpialidocious is long; so is pneumono-ultra-microscopic-silico-volcano.")
for w in (10, 17, 30, 45, 79):
    print(w, textwrap.wrap(text, w))
print(textwrap.fill(text, 40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(text, 25, break_on_hyphens=False))
print(textwrap.wrap(text, 12, break_long_words=False))
print(textwrap.wrap(text, 30, drop_whitespace=False))
print(textwrap.wrap(text, 30, replace_whitespace=False, expand_tabs=False))
print(textwrap.wrap("a\tb\tc", 20, tabsize=4))
print(textwrap.wrap("Hello there.  How are you? Fine! 'Yes.' \"ok.\" Mr. Smith went", 15, fix_sentence_endings=True))
for w in (5, 10, 20, 30, 60):
    print(textwrap.shorten(text, w), "|", textwrap.shorten("  Hello   world!  ", w))
print(textwrap.shorten(text, 30, placeholder="..."))
print(textwrap.wrap(text, 30, max_lines=3))
print(textwrap.wrap(text, 30, max_lines=2, placeholder=" (more)"))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.fill("one", 10))
for bad in (0, -1):
    try:
        textwrap.wrap("abc def", bad)
    except ValueError as e:
        print(e)
try:
    textwrap.shorten("abc def ghi", 4, placeholder=" [......]")
except ValueError as e:
    print(e)
print(textwrap.wrap("x--y a--b --c d-- e-f-g-h ab-cd abc-d 12-34 a-b-c-d-e", 6))
print(textwrap.wrap("over-the-counter medication-free self-evident", 9))
print(textwrap.wrap("---- -- -x- a---b", 3))
print(repr(textwrap.dedent("""\
    def f():
        return 1
      \t
    x = 2
""")))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("    a\n   \n  b")), repr(textwrap.dedent("\t a\n\t  b")), repr(textwrap.dedent("no indent\n  x")))
print(repr(textwrap.indent("a\n\nb\n  \nc", "> ")))
print(repr(textwrap.indent("a\nb\r\nc", "+", lambda l: True)))
print(repr(textwrap.indent("a\nbb\nccc", "-", lambda l: len(l) > 2)))
w = textwrap.TextWrapper(width=20, initial_indent=">>> ", subsequent_indent="... ")
print(w.wrap("print('hello world') and some more words here to wrap"))
w.width = 12
print(w.fill("a b c d e f g h i j k l m n o p"))
print(textwrap.wrap("ThisIsAVeryLongWordThatMustBeBroken", 10))
print(textwrap.wrap("short-hyphenated-words-everywhere-in-this-text", 10))
print(textwrap.wrap("Hello, wörld! Ünïcödé-wörds ärë-hëre", 10))
