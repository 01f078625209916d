# A text adventure driven by a scripted list of commands: rooms, items, a state machine and match.


class Room:
    def __init__(self, name, description, exits=None, items=None, locked=None):
        self.name = name
        self.description = description
        self.exits = exits or {}
        self.items = list(items or [])
        self.locked = dict(locked or {})

    def describe(self):
        lines = [f"[{self.name}] {self.description}"]
        if self.items:
            lines.append("You see: " + ", ".join(sorted(self.items)) + ".")
        doors = []
        for d in sorted(self.exits):
            doors.append(d + (" (locked)" if d in self.locked else ""))
        lines.append("Exits: " + (", ".join(doors) if doors else "none"))
        return "\n".join(lines)


class GameOver(Exception):
    def __init__(self, won, reason):
        super().__init__(reason)
        self.won = won


class Game:
    def __init__(self):
        self.rooms = {
            "hall": Room("hall", "A dusty entrance hall.", {"north": "library", "east": "kitchen"}, ["umbrella"]),
            "kitchen": Room("kitchen", "Pots hang from hooks.", {"west": "hall", "down": "cellar"}, ["knife", "bread"],
                            locked={"down": "brass key"}),
            "library": Room("library", "Shelves of mouldy books.", {"south": "hall", "up": "tower"}, ["candle", "book"]),
            "cellar": Room("cellar", "Cold and damp. Something growls.", {"up": "kitchen"}, ["treasure"]),
            "tower": Room("tower", "Wind howls through the windows.", {"down": "library"}, ["brass key"]),
        }
        self.here = "hall"
        self.inventory = []
        self.state = "exploring"
        self.moves = 0
        self.troll_fed = False
        self.score = 0

    @property
    def room(self):
        return self.rooms[self.here]

    def say(self, text):
        for line in text.split("\n"):
            print("  " + line)

    def go(self, direction):
        if direction not in self.room.exits:
            return self.say(f"You can't go {direction}.")
        needed = self.room.locked.get(direction)
        if needed:
            if needed not in self.inventory:
                return self.say(f"The way {direction} is locked.")
            del self.room.locked[direction]
            self.say(f"You unlock the way {direction} with the {needed}.")
        self.here = self.room.exits[direction]
        self.moves += 1
        if self.here == "tower" and "candle" not in self.inventory:
            self.here = "library"
            return self.say("It is too dark to climb. You come back down.")
        if self.here == "cellar" and not self.troll_fed:
            self.state = "troll"
        self.say(self.room.describe())
        if self.state == "troll":
            self.say("A troll blocks the treasure! It looks hungry.")

    def take(self, item):
        if item not in self.room.items:
            return self.say(f"There is no {item} here.")
        if self.state == "troll" and item == "treasure":
            raise GameOver(False, "The troll eats you.")
        if len(self.inventory) >= 4:
            return self.say("Your hands are full.")
        self.room.items.remove(item)
        self.inventory.append(item)
        self.score += 10 if item == "treasure" else 1
        self.say(f"Taken: {item}.")

    def drop(self, item):
        if item not in self.inventory:
            return self.say(f"You don't have {item}.")
        self.inventory.remove(item)
        if self.state == "troll" and item == "bread":
            self.troll_fed = True
            self.state = "exploring"
            return self.say("The troll snatches the bread and wanders off happily.")
        self.room.items.append(item)
        self.say(f"Dropped: {item}.")

    def handle(self, command):
        words = command.lower().split()
        match words:
            case ["look"] | ["l"]:
                self.say(self.room.describe())
            case ["go", direction] | [("north" | "south" | "east" | "west" | "up" | "down") as direction]:
                self.go(direction)
            case ["take", *name] if name:
                self.take(" ".join(name))
            case ["drop", *name] if name:
                self.drop(" ".join(name))
            case ["inventory" | "i"]:
                self.say("You carry: " + (", ".join(self.inventory) if self.inventory else "nothing"))
            case ["read", "book"] if "book" in self.inventory:
                self.say("The book says: 'Trolls love bread.'")
            case ["read", _]:
                self.say("You have nothing like that to read.")
            case ["quit"]:
                raise GameOver(False, "You give up.")
            case []:
                self.say("Say something.")
            case [verb, *_]:
                self.say(f"I don't know how to {verb}.")
        if "treasure" in self.inventory and self.here == "hall":
            raise GameOver(True, "You escape with the treasure!")


SCRIPT = """
look
take umbrella
north
take book
read book
take candle
up
take brass key
down
south
dance wildly
east
take bread
take knife
drop umbrella
take bread
take knife
inventory
down
drop bread
take treasure
go up
west
look
"""

game = Game()
print(game.room.describe())
try:
    for cmd in SCRIPT.strip().split("\n"):
        print(f"> {cmd}")
        game.handle(cmd)
    print("The script ended before the game did.")
except GameOver as end:
    print("*** " + ("VICTORY" if end.won else "DEFEAT") + ": " + str(end))
finally:
    print(f"moves={game.moves} score={game.score} inventory={sorted(game.inventory)}")
    left = {name: sorted(r.items) for name, r in game.rooms.items() if r.items}
    print("items left:", left)
