# Word-frequency analysis over an embedded text: normalisation, counting, sorted reports.

TEXT = """
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair, we had everything before us,
we had nothing before us, we were all going direct to Heaven, we were all going
direct the other way -- in short, the period was so far like the present period,
that some of its noisiest authorities insisted on its being received, for good
or for evil, in the superlative degree of comparison only.

There were a king with a large jaw and a queen with a plain face, on the throne
of England; there were a king with a large jaw and a queen with a fair face, on
the throne of France. In both countries it was clearer than crystal to the lords
of the State preserves of loaves and fishes, that things in general were settled
for ever.
"""

STOP_WORDS = {"the", "of", "a", "and", "to", "in", "it", "was", "with", "on", "that", "for", "we", "were"}


def words(text):
    word = []
    for ch in text:
        if ch.isalpha() or (ch == "'" and word):
            word.append(ch.lower())
        elif word:
            yield "".join(word)
            word = []
    if word:
        yield "".join(word)


def count(items):
    counts = {}
    for item in items:
        counts[item] = counts.get(item, 0) + 1
    return counts


def top(counts, n):
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def histogram(pairs, width=30):
    biggest = max(c for _, c in pairs)
    lines = []
    for word, c in pairs:
        bar = "#" * max(1, c * width // biggest)
        lines.append(f"{word:>12} {c:3d} {bar}")
    return "\n".join(lines)


all_words = list(words(TEXT))
counts = count(all_words)
print("total words:", len(all_words), "distinct:", len(counts))
print(histogram(top(counts, 10)))
content = {w: c for w, c in counts.items() if w not in STOP_WORDS}
print("top content words:", top(content, 8))

by_length = {}
for w in counts:
    by_length.setdefault(len(w), []).append(w)
for length in sorted(by_length):
    ws = sorted(by_length[length])
    shown = ", ".join(ws[:6]) + (" ..." if len(ws) > 6 else "")
    print(f"len {length:2}: {len(ws):2} words  {shown}")

longest = max(counts, key=lambda w: (len(w), w))
print("longest word:", longest)
letters = count(ch for w in all_words for ch in w)
print("letters:", " ".join(f"{ch}{n}" for ch, n in top(letters, 12)))
vowels = sum(n for ch, n in letters.items() if ch in "aeiou")
print(f"vowel share: {vowels / sum(letters.values()):.3f}")

bigrams = count(zip(all_words, all_words[1:]))
print("top bigrams:", [" ".join(b) for b, _ in top(bigrams, 5)])

sentences = [s.strip() for s in TEXT.replace("\n", " ").replace(";", ".").split(".") if s.strip()]
for i, s in enumerate(sentences, 1):
    n = len(list(words(s)))
    print(f"sentence {i}: {n:3d} words, starts {s[:30]!r}")

capitalised = sorted({w.strip(",.;-") for w in TEXT.split() if w[:1].isupper()})
print("capitalised:", capitalised)
first_seen = {}
for i, w in enumerate(all_words):
    first_seen.setdefault(w, i)
print("first positions:", [(w, first_seen[w]) for w in ["times", "king", "france", "ever"]])
repeated_pairs = [w for w in counts if counts[w] >= 2 and len(w) > 4 and w not in STOP_WORDS]
print("repeated content words:", sorted(repeated_pairs))
print("contains 'queen':", "queen" in counts, "| 'kings':", "kings" in counts)


def wrap(ws, width):
    lines, line = [], []
    for w in ws:
        if line and len(" ".join(line + [w])) > width:
            lines.append(line)
            line = []
        line.append(w)
    if line:
        lines.append(line)
    return lines


def justify(line, width):
    if len(line) == 1:
        return line[0]
    gaps = len(line) - 1
    spaces = width - sum(len(w) for w in line)
    out = []
    for i, w in enumerate(line[:-1]):
        out.append(w + " " * (spaces // gaps + (1 if i < spaces % gaps else 0)))
    return "".join(out) + line[-1]


paragraph = TEXT.split()[:60]
for line in wrap(paragraph, 40):
    print("|" + justify(line, 40) + "|")

anagrams = {}
for w in counts:
    anagrams.setdefault("".join(sorted(w)), []).append(w)
print("anagram groups:", sorted(sorted(g) for g in anagrams.values() if len(g) > 1))


def caesar(text, shift):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + shift) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)


secret = caesar(sentences[1], 13)
print(secret)
print(caesar(secret, -13) == sentences[1])
