# sys._getframe: the calling frame (or one further up) with f_code, f_lineno, f_globals.
import sys
def who():
    return sys._getframe(1).f_code.co_name, sys._getframe().f_code.co_name, sys._getframe(1).f_lineno
def caller():
    return who()
print(caller())
print(sys._getframe().f_globals["__name__"], sys._getframe().f_code.co_name)
try:
    sys._getframe(50)
except ValueError as e:
    print(e)
