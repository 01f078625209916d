# Without __all__, `import *` copies every name not starting with an underscore.
from fixtures.star_noall import *

print(visible, helper(), math.floor(2.5))
for name in ["_hidden", "_sys_alias", "__name__", "__file__"]:
    print(name, name in globals() and globals()[name] != __name__ if name == "__name__" else name in globals())
print(__name__)
