# An IndentationError from exec() shows the offending line and a single caret.

source = "def f():\nreturn 1\n"
exec(source)
