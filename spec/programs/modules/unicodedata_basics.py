# unicodedata: properties, names, numeric values, normalization, and the argument errors.
import unicodedata as ud

print(ud.unidata_version)
for ch in "aZ5 \t\u00e9\u0301\u2167\u00bd\u00b2\u0660\u4e00\uac01\u200b\U0001F600\u0378\ue000\u05d0":
    print(hex(ord(ch)), ud.category(ch), ud.bidirectional(ch) or '-', ud.combining(ch),
          ud.east_asian_width(ch), ud.mirrored(ch), repr(ud.decomposition(ch)),
          ud.name(ch, None), ud.decimal(ch, None), ud.digit(ch, None), ud.numeric(ch, None))

print(ud.mirrored("("), ud.mirrored("a"), ud.combining("\u0301"), ud.east_asian_width("\uff21"))
print(ud.lookup("EM DASH"), ud.lookup("latin small letter sharp s"), ud.lookup(b"BULLET"))
print(ud.lookup("HANGUL SYLLABLE GAG") == "\uac01", ud.lookup("CJK UNIFIED IDEOGRAPH-4E00"))
print(ud.name("\N{SNOWMAN}"), ud.name("\uac00"), ud.name("\U00020000"))
print(ud.numeric("\u215b"), ud.numeric("\u2167"), ud.digit("\u2460"), ud.decimal("\uff19"))
print(type(ud.numeric("7")).__name__, type(ud.decimal("7")).__name__)

s = "Cafe\u0301 \ufb01 \u2460"
for form in ("NFC", "NFD", "NFKC", "NFKD"):
    n = ud.normalize(form, s)
    print(form, ascii(n), len(n), ud.is_normalized(form, s), ud.is_normalized(form, n))

# Strip accents: a common use.
text = "na\u00efve caf\u00e9 \u00c5ngstr\u00f6m"
print("".join(c for c in ud.normalize("NFD", text) if not ud.combining(c)))
print(sorted({ud.category(c) for c in "Hello, World! 123"}))

def err(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)

err(ud.category, "ab")
err(ud.category, 5)
err(ud.category)
err(ud.name, "\x00")
err(ud.name, "xy")
err(ud.name, "a", 1, 2)
err(ud.decimal, "x")
err(ud.digit, "x")
err(ud.numeric, "x")
err(ud.decimal, "x", "dflt")
err(ud.lookup, "NO SUCH THING")
err(ud.lookup, 3)
err(ud.lookup, "A" * 300)
err(ud.normalize, "NFX", "a")
err(ud.normalize, "NFC", 3)
err(ud.normalize, 3, "a")
err(ud.is_normalized, "NFD", b"a")

# Characters unassigned in Unicode 14 have no decomposition and do not compose.
for s in ["\ua7f1", "\U000105c9a\u0301", "e\u0301\U00011383", "\u1e9b\u0323"]:
    print([ascii(ud.normalize(f, s)) for f in ("NFC", "NFD", "NFKC", "NFKD")], ud.category(s[0]))
