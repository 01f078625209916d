def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

samples = ["é", "É", "日本", "١٢٣", "²", "½", "Ⅷ", "一二三", "①", "\u00a0", "\u3000", "\u2028",
           "ǅ", "Σ", "ß", "ﬁ", "\u0301", "é\u0301", "😀", "\u200b", "\ufeff", "𝟘", "Ωmega", "ªº"]
for s in samples:
    print(ascii(s), [s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isspace(),
                     s.islower(), s.isupper(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii()])
