# An imported module's encoding declaration is honoured.
import fixtures.latin1

print(fixtures.latin1.TEXT, len(fixtures.latin1.TEXT), ascii(fixtures.latin1.TEXT))
