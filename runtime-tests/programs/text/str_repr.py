cases = ["", "a", "'", '"', "'\"", "a'b", 'a"b', "\\", "\n\t\r", "\x00\x07\x1f\x7f",
         "\x80\x9f\xa0\xad", "é", "ÿ", "\u0100", "\u2028", "\u200b", "\ufeff", "\U0001f600",
         "\U000e0001", "\ud800", "\udfff", "a\ud800b", "日本語", "\u0378", "\x1b[0m"]
for s in cases:
    print(repr(s), len(s), ascii(s))
print(repr("x" * 3 + "'"))
print(str("plain"), repr(repr("q")))
