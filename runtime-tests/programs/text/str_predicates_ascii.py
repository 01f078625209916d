def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

samples = ["", "abc", "ABC", "Abc", "abc123", "123", "12.3", " ", " \t\n", "a b", "Hello World",
           "Hello world", "hello World", "_x", "x_1", "1x", "class", "\x00", "!?", "ABC def"]
for s in samples:
    print(repr(s), [s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isspace(),
                    s.islower(), s.isupper(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii()])
check("isalpha arg", lambda: "a".isalpha(1))
