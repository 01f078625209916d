# Caret columns count characters, not UTF-8 bytes, on lines with non-ASCII text.


def greet(name):
    salutation = "héllo wörld → "
    return salutation + name


greet(3)
