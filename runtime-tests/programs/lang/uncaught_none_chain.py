# Uncaught AttributeError on None at module level.
x = None
x.attr.other
