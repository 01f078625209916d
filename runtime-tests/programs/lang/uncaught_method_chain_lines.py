# Uncaught AttributeError in a multi-line method chain: reported on the line of the attribute.
result = (
    "text"
    .upper()
    .missing()
)
