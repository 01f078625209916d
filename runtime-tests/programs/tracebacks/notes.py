# __notes__ print after the message line, one line per note line.


def validate(record):
    err = ValueError("invalid record")
    err.add_note("field 'age' must be positive")
    err.add_note("record number 7\nsecond line of the note")
    raise err


validate({})
