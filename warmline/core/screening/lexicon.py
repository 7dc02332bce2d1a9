"""Rules and suppressors as data, and their compilation into a head-word index.

Every pattern runs on normalised text (see normalise.py) and must begin with a literal word or
a group of literal alternatives: that first word is the pattern's head, and a message only tries
the patterns whose head is one of its tokens. This keeps screening fast with hundreds of rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import compress

from warmline.core.screening.verdict import Level

FAMILIES: tuple[str, ...] = (
    "ideation_explicit", "ideation_implicit", "method", "means", "place", "plan_time", "farewell",
    "preparation", "self_harm", "attempt_in_progress", "danger", "third_party", "coded_slang",
)

# Shared fragments. A fragment used as a head must be a group of plain words.
MACROS: dict[str, str] = {
    "SELF": r"(?:myself|my self|meself|my own self)",
    "THEMSELF": r"(?:himself|herself|themselves|themself|hisself)",
    "W": r"(?:[a-z0-9_]+ )",
    "G2": r"(?:[a-z0-9_]+ ){0,2}?",
    "G3": r"(?:[a-z0-9_]+ ){0,3}?",
    "G5": r"(?:[a-z0-9_]+ ){0,5}?",
    "ADV": r"(?:(?:just|really|finally|literally|honestly|seriously|fucking|actually|simply|"
           r"quietly|gonna|go|rather|so) )*",
    "ANYMORE": r"(?:anymore|any more|n e more|ne more|no more|any longer)",
    "THIRD": r"(?:he|she|they|hes|shes|theyre|him|her|my (?:[a-z]+ )?(?:friend|bestie|bff|"
             r"brother|sister|son|daughter|kid|child|mom|mother|dad|father|husband|wife|partner|"
             r"boyfriend|girlfriend|bf|gf|roommate|cousin|uncle|aunt|grandma|grandpa|student|"
             r"coworker|neighbor|classmate|teammate|niece|nephew|stepdad|stepmom|ex))",
    "DRUG": r"(?:pill|pills|meds|medication|medicine|tablet|tablets|capsule|capsules|tylenol|"
            r"advil|motrin|aleve|ibuprofen|ibuprofens|acetaminophen|paracetamol|excedrin|"
            r"aspirin|sertraline|zoloft|prozac|"
            r"seroquel|xanax|klonopin|ativan|ambien|oxy|oxycodone|opioids|fentanyl|percocet|"
            r"vicodin|insulin|lithium|benadryl|sleeping pills|antidepressants|painkillers|opioid|"
            r"morphine|codeine|co codamol|cocodamol|tramadol|clonazepam|diazepam|valium|"
            r"lorazepam|amitriptyline|gabapentin|methadone|heroin|naproxen|oxycontin|"
            r"hydrocodone|trazodone|zopiclone|quetiapine|citalopram|fluoxetine|propranolol|"
            r"nytol|sleeping tablets|sleeping pills|heart pills|heart tablets|digoxin|warfarin|"
            r"sleeping meds|sleep meds|pills|clonazepan|rivotril|"
            r"pastillas|emoji_pill)",
    "WEAPON": r"(?:gun|guns|pistol|revolver|rifle|shotgun|firearm|handgun|glock|knife|knives|"
              r"blade|blades|razor|razors|razor blades?|rope|noose|belt|cord|emoji_gun|"
              r"emoji_knife|emoji_knot|emoji_razor)",
    "POISON": r"(?:antifreeze|bleach|poison|rat poison|drano|pesticide|weed killer|veneno)",
    "PLACE": r"(?:bridge|roof|rooftop|ledge|edge|cliff|tracks|train tracks|railing|overpass|"
             r"balcony|parking garage|top floor|lake|river|ocean|water|puente|techo|azotea|railway|"
             r"railway line|rail line|train line|motorway|quarry|multi storey|car park roof)",
    "NOTBENIGN": r"(?! ,? ?(?:license|range|safety|class|shop|store|show|set|block|collection|"
                 r"collector|for (?:the |"
                 r"my |a |our |his |her )?(?:\S+ )?(?:camping|cooking|chef|headaches|migraines|"
                 r"toy|toys|dogs|puppy|tent|trip|hike|hiking|boat|climbing|garden|headache|"
                 r"migraine|cramps|back|pain|cold|flu|fever|allergies|allergy|period|dog|cat|"
                 r"kitchen|dinner|cooking|class|project|work|school|swing|hammock|week|weekend|"
                 r"month|"
                 r"journey|flight|holiday|first aid kit|medicine cabinet|organizer|organiser|pillbox|"
                 r"pill box|dispenser)|to (?:the|my|a) "
                 r"(?:boat|dock|tree|truck|trailer|tent|car|post|fence|swing|bike|roof rack)))",
    "TIME": r"(?:tonight|tonights|today|tomorrow|tmrw|this (?:weekend|week|friday|saturday|"
            r"sunday|monday|tuesday|wednesday|thursday)|friday|saturday|"
            r"sunday|monday|tuesday|wednesday|thursday|now|right now|soon|in an hour|"
            r"in a few hours|by morning|at midnight|after (?:everyone|they|my [a-z]+|mom|dad) "
            r"(?:is |are |goes |go |falls |fall )?(?:asleep|sleeps|sleep|to bed|leaves|leave|"
            r"gone)|when (?:my [a-z]+|everyone|everybody|they|mom|dad|he|she|the house) "
            r"(?:leaves|leave|goes out|go out|is asleep|are asleep|falls asleep|fall asleep|"
            r"goes to "
            r"sleep|go to sleep|goes to bed|go to bed|is gone|are gone|is empty|ends|is over)|"
            r"when (?:everyones|everybodys|theyre|hes|shes|the house is) (?:asleep|gone|out|in bed|"
            r"at work|sleeping)|on my birthday|at midnight|"
            r"while (?:my [a-z]+|everyone|everybody|they|mom|dad|he|she) (?:is|are) (?:[a-z]+ )?"
            r"(?:away|out|gone|asleep|sleeping|on vacation|at work|at church)|"
            r"after (?:the kids|the baby|my (?:kids|parents|wife|husband|mum|mom|dad|sister|"
            r"brother|roommate|flatmate)) (?:go|goes|are|is|get|gets) (?:to bed|to sleep|asleep|"
            r"out|away|at (?:church|work|school))|"
            r"(?:till|until|til) (?:my [a-z]+|everyone|they|mom|dad|mum|the kids) "
            r"(?:is|are|go|goes) "
            r"(?:at (?:church|work|school)|asleep|to bed|out|away)|"
            r"at midnight|before (?:sunrise|dawn|morning)|"
            r"esta noche|hoy|manana|ahorita|ahora mismo|en la madrugada|el (?:lunes|martes|"
            r"miercoles|jueves|viernes|sabado|domingo))",
    "LIGHT": r"(?:lol|lmao|haha|jaja|jk|emoji_laugh|emoji_skull|xd|lmfao|kidding|joking|hehe)",
}

_MACRO = re.compile(r"<([A-Z_]+)>")
_PLAIN_WORD = re.compile(r"[a-z0-9_]+")


def expand(pattern: str) -> str:
    """Replace <MACRO> names with their fragments, recursively."""
    for _ in range(5):
        expanded = _MACRO.sub(lambda m: MACROS[m.group(1)], pattern)
        if expanded == pattern:
            return expanded
        pattern = expanded
    raise ValueError(f"macro nesting too deep in {pattern!r}")


@dataclass(frozen=True)
class Rule:
    """A risk pattern. A modifier (fires=False) never pages alone: it explains or combines."""

    family: str
    term: str
    pattern: str
    level: Level = Level.L2
    fires: bool = True
    tag: str = ""
    jokeable: bool = False
    firm: bool = False


@dataclass(frozen=True)
class Suppressor:
    """A pattern that cancels the risk signals it overlaps, and nothing else."""

    kind: str
    term: str
    pattern: str


def _closing_paren(pattern: str, start: int) -> int:
    depth = 0
    for i in range(start, len(pattern)):
        if pattern[i] == "\\":
            continue
        if pattern[i] == "(" and (i == 0 or pattern[i - 1] != "\\"):
            depth += 1
        elif pattern[i] == ")" and pattern[i - 1] != "\\":
            depth -= 1
            if depth == 0:
                return i
    raise ValueError(f"unbalanced pattern {pattern!r}")


def _split_top(body: str) -> list[str]:
    parts: list[str] = []
    current: list[str] = []
    depth = 0
    for i, ch in enumerate(body):
        escaped = i > 0 and body[i - 1] == "\\"
        if ch == "(" and not escaped:
            depth += 1
        elif ch == ")" and not escaped:
            depth -= 1
        if ch == "|" and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts


def heads(pattern: str) -> set[str]:
    """The literal first words a match of `pattern` can start with."""
    while pattern.startswith(("(?<!", "(?<=")):
        pattern = pattern[_closing_paren(pattern, 0) + 1:]
    if pattern.startswith(r"\d"):
        return {"#"}
    if pattern.startswith("(?:"):
        close = _closing_paren(pattern, 0)
        if pattern[close + 1:close + 2] in ("?", "*", "{"):
            raise ValueError(f"optional head in {pattern!r}")
        found: set[str] = set()
        for alternative in _split_top(pattern[3:close]):
            found |= heads(alternative)
        return found
    word = _PLAIN_WORD.match(pattern)
    if word is None:
        raise ValueError(f"pattern must start with a literal word: {pattern!r}")
    if word.group()[0].isdigit():
        return {"#"}
    after = pattern[word.end():word.end() + 1]
    if after not in ("", " ", ")", "|", "(") or pattern[word.end():word.end() + 3] in ("(?:",):
        raise ValueError(f"head word must be a whole word in {pattern!r}")
    return {word.group()}


def only_head(pattern: str, head: str) -> str:
    """`pattern` without the leading alternatives that cannot start with the word `head`.

    Matching at a word already known, the regex then tries only the branches that can match
    there ("my (?:mom|dad) ..." and not "he ..." or "she ..." at the word "my").
    """
    prefix = ""
    while pattern.startswith(("(?<!", "(?<=")):
        close = _closing_paren(pattern, 0)
        prefix, pattern = prefix + pattern[:close + 1], pattern[close + 1:]
    if not pattern.startswith("(?:"):
        return prefix + pattern
    close = _closing_paren(pattern, 0)
    kept = [only_head(alternative, head) for alternative in _split_top(pattern[3:close])
            if head in heads(alternative)]
    return prefix + "(?:" + "|".join(kept) + ")" + pattern[close + 1:]


_END_OF_WORD = r"(?![a-z0-9_])"
_DIGIT = re.compile(r"\d")


def whole_word_lookaheads(pattern: str) -> str:
    """Make each negative lookahead match whole words: "(?! to)" must not block "tonight"."""
    out, i = [], 0
    while True:
        j = pattern.find("(?!", i)
        if j < 0:
            out.append(pattern[i:])
            return "".join(out)
        close = _closing_paren(pattern, j)
        body = pattern[j + 3:close]
        out.append(pattern[i:j])
        if body.startswith("["):
            out.append(pattern[j:close + 1])
        else:
            out.append("(?!(?:" + whole_word_lookaheads(body) + ")" + _END_OF_WORD + ")")
        i = close + 1


def compile_pattern(pattern: str) -> re.Pattern[str]:
    return re.compile(r"(?:" + whole_word_lookaheads(expand(pattern)) + r")" + _END_OF_WORD)


class _HeadPatterns:
    """All patterns sharing a head word, matched as one alternation.

    An alternation reports only its first matching branch, so after a hit on branch k the
    search resumes with the alternation of branches k+1.. (compiled on first use). Each
    position then costs one regex call per matching pattern, plus one.
    """

    __slots__ = ("patterns", "payloads", "branch", "_suffixes")

    def __init__(self, patterns: list[str], payloads: list[object]) -> None:
        self.patterns = patterns
        self.payloads = payloads
        self.branch = {f"p{index}": index for index in range(len(patterns))}
        self._suffixes: list[re.Pattern[str] | None] = [None] * len(patterns)

    def suffix(self, first: int) -> re.Pattern[str]:
        compiled = self._suffixes[first]
        if compiled is None:
            branches = "|".join(
                f"(?P<p{index}>{whole_word_lookaheads(self.patterns[index])})"
                for index in range(first, len(self.patterns))
            )
            compiled = re.compile("(?:" + branches + ")" + _END_OF_WORD)
            self._suffixes[first] = compiled
        return compiled


class HeadIndex:
    """Patterns grouped by head word, so a message only tries the ones its words can start."""

    def __init__(self, entries: Iterable[tuple[str, object]]) -> None:
        grouped: dict[str, tuple[list[str], list[object]]] = {}
        for pattern, payload in entries:
            expanded = expand(pattern)
            compile_pattern(expanded)  # fail at start-up on a bad pattern, not mid-message
            for head in heads("(?:" + expanded + ")"):
                patterns, payloads = grouped.setdefault(head, ([], []))
                patterns.append(only_head("(?:" + expanded + ")", head))
                payloads.append(payload)
        self.by_head = {head: _HeadPatterns(*group) for head, group in grouped.items()}

    def matches(self, text: str, starts: Sequence[int], words: Sequence[str]
                ) -> list[tuple[int, int, object]]:
        """Every (start, end, payload) of a pattern matching at a word start, in text order."""
        by_head = self.by_head
        # Only words that head some pattern are tried; picking them out runs in C.
        at = list(compress(zip(starts, words, strict=True), map(by_head.__contains__, words)))
        numbers = by_head.get("#")
        if numbers is not None and _DIGIT.search(text):
            at.extend((start, "#") for start, word in zip(starts, words, strict=True)
                      if word[0].isdigit() and word not in by_head)
            at.sort()
        found: list[tuple[int, int, object]] = []
        for start, word in at:
            entry = by_head[word]
            match = entry.suffix(0).match(text, start)
            while match is not None:
                index = entry.branch[match.lastgroup]  # type: ignore[index]
                found.append((start, match.end(), entry.payloads[index]))
                if index + 1 == len(entry.payloads):
                    break
                match = entry.suffix(index + 1).match(text, start)
        return found
