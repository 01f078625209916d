# A SyntaxError raised at run time (by compile) prints its traceback, then the file/line
# block with the source text and caret, then the message.


def load(source):
    return compile(source, "config.py", "exec")


load("name = 'pyjit'\nvalue = (1,\n  2))\n")
