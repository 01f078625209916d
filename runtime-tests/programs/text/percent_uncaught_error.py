print("%s and %s" % ("a", "b"))
print("%d items" % "three")
