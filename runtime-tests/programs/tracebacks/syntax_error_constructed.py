# A SyntaxError built by hand with location details prints like a compiler error.

raise SyntaxError("custom message", ("settings.ini", 4, 7, "key = = value\n", 4, 9))
