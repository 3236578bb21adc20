"""Regular expressions that can take practically forever: a static check of a pattern's shape.

Python's `re` backtracks: when a match fails it tries every other way the pattern could have matched the text. A
repeated part that can match the same text in several ways — a nested quantifier as in `(a+)+`, `(a*)*`,
`(\\w+\\s?)+`, alternatives that overlap as in `(a|a?)+` or `(a|ab|b)+` — gives a number of ways that grows
exponentially with the text's length, and a rule with such a pattern never returns from its `search` call (nor can
it be cancelled there). Mapping files are refused with such patterns when they are loaded (core/mapping.py);
as a second line of defence the text a pattern is matched against is cut short (mapping.REGEX_TEXT_LIMIT).

The check is the textbook one for exponential ambiguity. The pattern, as Python's own parser reads it, becomes its
position automaton: one state per character (class) of the pattern, a transition from a character to each one that
can follow it, counted once per way the pattern leads there (so `(a*)*` has two ways from `a` to `a`, the inner and
the outer loop). The pattern is exponentially ambiguous when some state can return to itself along two different
paths over the same text; in the product of the automaton with itself that is a cycle through a pair (q, q) that
also visits a pair of different states or takes two different transitions between the same states.
Characters are compared on a small alphabet (ASCII, the pattern's own characters and range ends, a few Chinese and
full-width ones), ignoring case; back references count as `.*`. Counted repeats are unrolled, except counts that
make a polynomial of high degree, which are checked as unbounded: 3 or more over a part that loops (`(.*a){3}` takes
seconds on 200 characters), more than 8 over a part of variable length (`([a-z]{1,32}){1,32}`); a large count of
optional parts (`(a?){25}a{25}`) is not recognised.
Atomic groups and possessive quantifiers (Python 3.11+) are not backtracked into and count as one step. So
`(\\d+,)+`, `\\w+(\\s\\w+)*` and `(医院|卫生院)+` are accepted: each text is cut one way only.
"""

import re
from collections import Counter
from typing import Dict, List, NamedTuple

try:  # Python 3.11+: the parser is re._parser, and `import sre_parse` is deprecated
    from re import _parser as sre_parse
except ImportError:  # Python 3.9, 3.10
    import sre_parse

MAXREPEAT = sre_parse.MAXREPEAT
_OPS = {name: getattr(sre_parse, name, object()) for name in (
    "LITERAL", "NOT_LITERAL", "ANY", "IN", "AT", "ASSERT", "ASSERT_NOT", "SUBPATTERN", "ATOMIC_GROUP", "BRANCH",
    "MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT", "GROUPREF", "GROUPREF_EXISTS", "NEGATE", "RANGE", "CATEGORY")}
_CHARACTER = (_OPS["LITERAL"], _OPS["NOT_LITERAL"], _OPS["ANY"], _OPS["IN"])
_REPEATS = (_OPS["MAX_REPEAT"], _OPS["MIN_REPEAT"], _OPS["POSSESSIVE_REPEAT"])
_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s",
               "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W"}
# characters, besides ASCII and the pattern's own, on which character classes are compared
_SAMPLES = "éßä中一幼。，（）\u3000１ａＡ\u00a0\u200b"
UNROLLED = 32  # counted repeats up to this count are unrolled; larger ones are checked as unbounded
MAX_PAIRS = 200000  # pairs of states explored before a pattern counts as too complex to check


class PatternTooComplexError(ValueError):
    """The pattern is too large to be checked (refuse it: it cannot be shown to be safe)."""


class _Part(NamedTuple):
    """A part of the pattern in the position automaton: the states it can begin and end with, each with the number
    of ways (1 or 2: two is all that matters), and the number of ways it can match no text."""

    first: Dict[int, int]
    last: Dict[int, int]
    empty: int


def catastrophic(pattern: str) -> bool:
    """Whether the pattern (one that compiles) can match some text in exponentially many ways. Raises
    PatternTooComplexError for patterns too large to check."""
    parsed = sre_parse.parse(pattern)
    automaton = _Automaton(_characters_of(parsed.data))
    whole = automaton.sequence(parsed.data)
    automaton.link({0: 1}, whole.first)  # state 0: the start
    return automaton.exponentially_ambiguous()


class _Automaton:
    def __init__(self, own_characters):
        alphabet = set(chr(c) for c in range(128)) | set(_SAMPLES) | own_characters
        self.alphabet = frozenset(c for c in alphabet | {c.swapcase() for c in alphabet} if len(c) == 1)
        self.characters: List[frozenset] = [frozenset()]  # per state; state 0 is the start
        self.follow: List[Dict[int, int]] = [{}]  # per state: next state → number of ways (1 or 2)

    # building
    def state(self, characters) -> _Part:
        self.characters.append(characters)
        self.follow.append({})
        index = len(self.characters) - 1
        return _Part({index: 1}, {index: 1}, 0)

    def link(self, last, first):
        for p, ways_p in last.items():
            targets = self.follow[p]
            for q, ways_q in first.items():
                targets[q] = min(2, targets.get(q, 0) + ways_p * ways_q)

    def sequence(self, items) -> _Part:
        part = _Part({}, {}, 1)
        for op, av in items:
            part = self.then(part, self.item(op, av))
        return part

    def then(self, one: _Part, other: _Part) -> _Part:
        self.link(one.last, other.first)
        return _Part(_add(one.first, other.first, one.empty), _add(other.last, one.last, other.empty),
                     min(2, one.empty * other.empty))

    def item(self, op, av) -> _Part:
        if op in _CHARACTER:
            return self.state(self.chars(op, av))
        if op == _OPS["AT"]:
            return _Part({}, {}, 1)
        if op in (_OPS["ASSERT"], _OPS["ASSERT_NOT"]):
            self.sequence(av[1])  # checked on its own, and matches no text
            return _Part({}, {}, 1)
        if op == _OPS["SUBPATTERN"]:
            return self.sequence(av[-1])
        if op == _OPS["ATOMIC_GROUP"]:
            return self.atomic(av)
        if op == _OPS["BRANCH"]:
            return self.alternatives([self.sequence(branch) for branch in av[1]])
        if op == _OPS["GROUPREF_EXISTS"]:
            return self.alternatives([self.sequence(av[1]), self.sequence(av[2] or [])])
        if op in _REPEATS:
            low, high, body = av
            if op == _OPS["POSSESSIVE_REPEAT"]:
                return self.atomic([(_OPS["MAX_REPEAT"], av)])
            return self.repeat(low, high, body)
        # a back reference, or anything this check does not know: any text
        return self.loop(self.state(self.alphabet), optional=True)

    def alternatives(self, parts) -> _Part:
        first, last, empty = {}, {}, 0
        for part in parts:
            first, last, empty = _add(first, part.first, 1), _add(last, part.last, 1), min(2, empty + part.empty)
        return _Part(first, last, empty)

    def loop(self, part: _Part, optional) -> _Part:
        """part+ (part* when optional): every end leads back to every beginning; a star may also skip the part."""
        self.link(part.last, part.first)
        return _Part(part.first, part.last, min(2, part.empty + 1) if optional else part.empty)

    def repeat(self, low, high, body) -> _Part:
        if high == 0:
            return _Part({}, {}, 1)
        if high == MAXREPEAT or high > UNROLLED or (high > 2 and _loops(body)) or (high > 8 and _varies(body)):
            mandatory = max(0, min(low, UNROLLED) - 1)
            part = _Part({}, {}, 1)
            for _ in range(mandatory):
                part = self.then(part, self.sequence(body))
            return self.then(part, self.loop(self.sequence(body), optional=low == 0))
        part = _Part({}, {}, 1)
        for _ in range(low):
            part = self.then(part, self.sequence(body))
        tail = None  # x{1,3} is x(x(x)?)?, not x x? x? (which could match xx in two ways)
        for _ in range(high - low):
            inner = self.sequence(body)
            tail = self.optional(self.then(inner, tail) if tail is not None else inner)
        return self.then(part, tail) if tail is not None else part

    @staticmethod
    def optional(part: _Part) -> _Part:
        return _Part(part.first, part.last, min(2, part.empty + 1))

    def atomic(self, items) -> _Part:
        """An atomic group or possessive quantifier: checked on its own, then one step of the characters it holds."""
        start = len(self.characters)
        inner = self.sequence(items)
        held = frozenset().union(*self.characters[start:])
        part = self.state(held)
        return self.optional(part) if inner.empty else part

    # character classes, on the alphabet
    def chars(self, op, av) -> frozenset:
        if op == _OPS["LITERAL"]:
            found = {chr(av)}
        elif op == _OPS["NOT_LITERAL"]:
            found = self.alphabet - {chr(av)}
        elif op == _OPS["ANY"]:
            found = self.alphabet
        else:  # IN
            found, negate = set(), False
            for item_op, item in av:
                if item_op == _OPS["NEGATE"]:
                    negate = True
                elif item_op == _OPS["LITERAL"]:
                    found.add(chr(item))
                elif item_op == _OPS["RANGE"]:
                    found |= {c for c in self.alphabet if item[0] <= ord(c) <= item[1]}
                elif item_op == _OPS["CATEGORY"] and str(item) in _CATEGORIES:
                    found |= {c for c in self.alphabet if re.match(_CATEGORIES[str(item)], c)}
                else:  # another category: any character
                    found |= self.alphabet
            if negate:
                found = self.alphabet - found
        return frozenset(c for c in set(found) | {c.swapcase() for c in found} if len(c) == 1)

    # the check
    def exponentially_ambiguous(self) -> bool:
        """Whether a strongly connected component of the product automaton holds a pair (q, q) and either a pair of
        different states or two different transitions between two pairs (p, p) → (r, r)."""
        # two paths from a state back to itself run inside its strongly connected component: only the pairs of
        # states of one component (with a cycle) are explored
        group = _components({p: list(targets) for p, targets in enumerate(self.follow)})
        size = Counter(group.values())
        cyclic = [q for q in range(len(self.characters)) if size[group[q]] > 1 or q in self.follow[q]]
        edges, forked = {}, set()
        pending = [(q, q) for q in cyclic]
        seen = set(pending)
        while pending:
            pair = pending.pop()
            p, q = pair
            targets = []
            for p2, ways_p in self.follow[p].items():
                for q2 in self.follow[q]:
                    if group[p2] != group[p] or group[q2] != group[p] or \
                            self.characters[p2].isdisjoint(self.characters[q2]):
                        continue
                    target = (p2, q2)
                    targets.append(target)
                    if p == q and p2 == q2 and ways_p > 1:
                        forked.add((pair, target))
                    if target not in seen:
                        seen.add(target)
                        pending.append(target)
                        if len(seen) > MAX_PAIRS:
                            raise PatternTooComplexError()
            edges[pair] = targets
        component = _components(edges)
        mixed = {index for pair, index in component.items() if pair[0] != pair[1]}
        diagonal = {index for pair, index in component.items() if pair[0] == pair[1]}
        if mixed & diagonal:
            return True
        return any(component[source] == component[target] for source, target in forked)


def _add(ways, more, times) -> Dict[int, int]:
    """ways + times × more, each count at most 2."""
    total = dict(ways)
    if times:
        for key, count in more.items():
            total[key] = min(2, total.get(key, 0) + count * times)
    return total


def _loops(body) -> bool:
    """Whether a part of the pattern holds an unbounded repeat."""
    for op, av in body:
        if op in _REPEATS and av[1] == MAXREPEAT:
            return True
        if any(_loops(child) for child in _children(op, av)):
            return True
    return False


def _varies(body) -> bool:
    """Whether a repeated part can match texts of different lengths (then a count of it is checked as unbounded)."""
    shortest, longest = body.getwidth()
    return shortest != longest


def _children(op, av):
    if op in _REPEATS:
        return [av[2]]
    if op == _OPS["SUBPATTERN"]:
        return [av[-1]]
    if op in (_OPS["ASSERT"], _OPS["ASSERT_NOT"]):
        return [av[1]]
    if op == _OPS["ATOMIC_GROUP"]:
        return [av]
    if op == _OPS["BRANCH"]:
        return list(av[1])
    if op == _OPS["GROUPREF_EXISTS"]:
        return [branch for branch in av[1:] if branch]
    return []


def _characters_of(tree) -> set:
    """The characters a parsed pattern names: its literals and the ends of its ranges."""
    found = set()
    for node in tree:
        if isinstance(node, tuple) and len(node) == 2 and node[0] in (_OPS["LITERAL"], _OPS["NOT_LITERAL"]):
            found.add(chr(node[1]))
        elif isinstance(node, tuple) and len(node) == 2 and node[0] == _OPS["RANGE"]:
            found.update((chr(node[1][0]), chr(node[1][1])))
        elif isinstance(node, (tuple, list)) or hasattr(node, "data"):
            found |= _characters_of(getattr(node, "data", node))
    return found


def _components(edges) -> Dict[tuple, int]:
    """Tarjan's strongly connected components (iterative): node → component number."""
    index_of, low, component, stack, on_stack = {}, {}, {}, [], set()
    counter = 0
    for root in edges:
        if root in index_of:
            continue
        work = [(root, 0)]
        while work:
            node, child = work.pop()
            if child == 0:
                index_of[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack.add(node)
            targets = edges.get(node, ())
            if child < len(targets):
                work.append((node, child + 1))
                target = targets[child]
                if target not in index_of:
                    work.append((target, 0))
                elif target in on_stack:
                    low[node] = min(low[node], index_of[target])
                continue
            if low[node] == index_of[node]:
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component[member] = index_of[node]
                    if member == node:
                        break
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return component
