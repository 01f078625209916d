# Uncaught exception with notes added by add_note(): the notes follow the message.
def f():
    e = ValueError("bad")
    e.add_note("while parsing line 3")
    e.add_note("second note")
    raise e
f()
