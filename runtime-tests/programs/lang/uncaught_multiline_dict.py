# Uncaught error inside a multi-line dict display: reported on the failing value's line.
config = {
    "a": 1,
    "b": 1 / 0,
}
