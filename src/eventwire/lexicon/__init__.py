"""Domain knowledge as data that experts edit: loaded, validated and compiled on request.

Nothing is read at import time. ``load_*`` read the TOML files shipped beside this module
and return immutable lookup objects; callers keep them (the pipeline does).
"""

from __future__ import annotations

import re
import sys
import threading
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources
from re import _compiler as _re_compiler  # type: ignore[attr-defined]
from re import _constants as _re_constants  # type: ignore[attr-defined]
from re import _parser as _re_parser  # type: ignore[attr-defined]
from typing import Any

from eventwire.errors import ResourceError

TYPE_KEYS = ("event_type", "disorder", "plover", "priority")
# context lists the stages read; a lexicon without one fails at load, not halfway through a corpus
CONTEXT_KEYS = frozenset(
    "speculative negation nonevent politics disaster sports background separate protest_support military_targets "
    "territory civilians mob combatants intervention excessive_force violent_protest small_arms state_forces "
    "nonstate_forces peaceful_takeover weapons clash_frame retrospective crowd grievance labour_strike accident crowd_control "
    "scope_report scope_aggregate scope_background".split()
)


def _read(name: str) -> dict[str, Any]:
    try:
        return tomllib.loads(resources.files(__package__).joinpath(name).read_text("utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ResourceError(f"lexicon file {name} could not be read: {exc}; reinstall eventwire") from exc


def words_regex(patterns: list[str] | tuple[str, ...], *, screened_by_pattern: bool = False) -> WordsPattern:
    """One case-insensitive alternation of whole-word patterns (longest first); ``screened_by_pattern`` for a list
    that a ``ListScreen`` reads with others."""
    ordered = sorted(patterns, key=len, reverse=True)
    regex = re.compile(r"(?<![\w-])(?:" + "|".join(ordered) + r")(?![\w-])", re.IGNORECASE)
    return WordsPattern(regex, screened_by_pattern=screened_by_pattern)


def screened(regex: re.Pattern[str]) -> WordsPattern:
    """The expression with the word lists' shortcuts (``WordsPattern``): the same matches, sooner where most texts
    hold none of its words. Made once per expression; a stage asks for it where it reads a hot expression."""
    held = _screened.get(id(regex))
    if held is None or held.regex is not regex:
        held = _screened[id(regex)] = WordsPattern(regex)
    return held


class WordsPattern:
    """A compiled word list that first checks, with plain substring tests, for words every match must contain.

    Why: ``re`` tries these alternations (a look-behind, then hundreds of case-insensitive branches) at
    every character, and most sentences hold no word of most lists. Every match contains one of the
    ``needles`` (lowercase literals read off the pattern), so for ASCII text (where case-insensitive
    matching is plain lowercasing) a text whose lowercase copy holds none of them has no match; any
    other text goes to the regular expression. Results are the same as ``regex``'s, only sooner.

    The stages read some forty lists in turn on one sentence, so a slice read again is screened once for
    every list (``_NeedleScreen``) and each list's check becomes one set intersection.
    """

    __slots__ = (
        "regex",
        "pattern",
        "flags",
        "needles",
        "_keys",
        "_unsure",
        "_lowered",
        "_branches",
        "_by_key",
        "_branch_keys",
    )

    def __init__(self, regex: re.Pattern[str], *, screened_by_pattern: bool = False) -> None:
        self.regex = regex
        self.pattern = regex.pattern
        self.flags = regex.flags
        self.needles: tuple[str, ...] | None
        # what each of its patterns needs, for ``ListScreen`` (read off the same parse as the needles)
        self._branches: list[tuple[frozenset[str], ...]] | None
        self.needles, branches = _needles_and_branches(regex, branches_too=True)
        self._branches = branches if screened_by_pattern else None
        self._keys, self._unsure = _screen_keys(self.needles)
        self._lowered: re.Pattern[str] | None | bool = False  # made on first use (see ``_over_lowercase``)
        if self._keys is not None:
            _register(self._keys)
        self._by_key, self._branch_keys = _branch_index(branches)

    def __repr__(self) -> str:
        return f"WordsPattern({self.regex!r})"

    def _absent(self, text: str, pos: int = 0, endpos: int | None = None) -> bool:
        """True only when no match can lie in text[pos:endpos] (``re`` clamps negative bounds to 0)."""
        needles = self.needles
        if needles is None:
            return False
        pos = pos if pos > 0 else 0
        endpos = sys.maxsize if endpos is None else endpos if endpos > 0 else 0
        last = _last_slice[0]
        if last[0] is text and last[1] == pos and last[2] == endpos:
            low = last[3]
            if low is None:
                return False
            keys = self._keys
            screen = _screen[0]
            if keys is not None and (last[5] is screen or last[6] >= _SCREEN_AFTER):
                if last[5] is not screen:  # read often (or lists were added since): screen it for every list
                    _last_slice[0] = last = (text, pos, endpos, low, screen.present(low), screen, 0)
                present = last[4]
                held = keys & present
                if not held:
                    return True
                unsure = self._unsure
                for key in held:
                    needles = unsure.get(key)
                    if needles is None:  # the key is a needle: it is there
                        return self._no_pattern_held(present)
                    for needle in needles:
                        if needle in low:
                            return self._no_pattern_held(present)
                return True
            else:
                _last_slice[0] = (*last[:6], last[6] + 1)
        else:
            segment = text[pos:endpos]
            low = segment.lower() if segment.isascii() else None
            _last_slice[0] = (text, pos, endpos, low, None, None, 1)
            if low is None:
                return False
        for needle in needles:
            if needle in low:
                return False
        return True

    def _no_pattern_held(self, present: set[str]) -> bool:
        """True when no pattern of the list finds all the words it needs among a screened text's keys (the
        list's needle is there, but "provided" alone is not "provided them with weapons")."""
        by_key = self._by_key
        if by_key is None:
            return False
        for key in self._branch_keys & present:
            for options in by_key[key]:
                if all(not keys.isdisjoint(present) for keys in options):
                    return False
        return True

    def _fast(self, text: str) -> tuple[re.Pattern[str], str] | None:
        """The case-sensitive twin of the pattern and the text in lowercase, when they give the same matches."""
        fast = self._lowered
        if fast is False:
            fast = self._lowered = _over_lowercase(self.regex)
        if fast is None:
            return None
        low = _lowercase_text(text)
        return None if low is None else (fast, low)  # type: ignore[return-value]

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._absent(string, pos, endpos):
            return None
        fast = self._fast(string)
        if fast is None:
            return self.regex.search(string, pos, endpos)
        found = fast[0].search(fast[1], pos, endpos)
        if found is None:
            return None
        return self.regex.match(string, found.start(), endpos) or self.regex.search(string, found.start(), endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return None if self._absent(string, pos, endpos) else self.regex.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return None if self._absent(string, pos, endpos) else self.regex.fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        if self._absent(string, pos, endpos):
            return iter(())
        fast = self._fast(string)
        if fast is None:
            return self.regex.finditer(string, pos, endpos)
        return self._matches(fast, string, pos, endpos)

    def _matches(
        self, fast: tuple[re.Pattern[str], str], string: str, pos: int, endpos: int
    ) -> Iterator[re.Match[str]]:
        """``finditer`` over the lowercase text, each match taken again on the text itself (same span, and
        the words as written)."""
        regex = self.regex
        for found in fast[0].finditer(fast[1], pos, endpos):
            match = regex.match(string, found.start(), endpos)
            if match is None:  # never seen; should the two ever differ, the pattern's own answer stands
                yield from regex.finditer(string, found.start(), endpos)
                return
            yield match

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        if self._absent(string, pos, endpos):
            return []
        fast = self._fast(string)
        if fast is None:
            return self.regex.findall(string, pos, endpos)
        groups = self.regex.groups
        matches = self._matches(fast, string, pos, endpos)
        if groups == 0:
            return [m.group() for m in matches]
        if groups == 1:
            return [m.group(1) or "" for m in matches]
        return [m.groups("") for m in matches]

    def sub(self, repl: Any, string: str, count: int = 0) -> str:
        if self._absent(string):
            return string
        fast = self._fast(string)
        if fast is None:
            return self.regex.sub(repl, string, count)
        parts, end = [], 0
        for done, match in enumerate(self._matches(fast, string, 0, sys.maxsize), 1):
            parts += (string[end : match.start()], repl(match) if callable(repl) else match.expand(repl))
            end = match.end()
            if done == count:
                break
        return "".join(parts) + string[end:]


# Expressions given the shortcuts by ``screened``, by identity (their objects live on at module level)
_screened: dict[int, WordsPattern] = {}
# The slice read last, as (text, pos, endpos, lowercase or None when not ASCII, the screen keys it holds,
# the screen that found them, how often lists read it by their own needles): the lists are read in turn on
# one sentence. One immutable tuple, replaced whole, so threads never see half of one.
_last_slice: list[tuple[Any, ...]] = [(None, 0, 0, None, None, None, 0)]
# Reads of a slice by the lists' own needles before it is screened: a screen costs about two such reads, and
# a third of the slices are read just twice (measured on the bench corpus, 2026-11-25).
_SCREEN_AFTER = 2
_WORD = re.compile(r"[a-z0-9]+")


def _branch_index(
    branches: list[tuple[frozenset[str], ...]] | None,
) -> tuple[dict[str, tuple[tuple[frozenset[str], ...], ...]] | None, frozenset[str]]:
    """The list's patterns by one key each needs (its rarest-looking part, as ``ListScreen`` picks it), for
    ``_no_pattern_held``; none when a pattern needs no word the screen sees."""
    if branches is None or not all(branches):
        return None, frozenset()
    by_key: dict[str, list[tuple[frozenset[str], ...]]] = {}
    for options in branches:
        for key in max(options, key=lambda keys: (min(map(len, keys)), -len(keys))):
            by_key.setdefault(key, []).append(options)
    _register(frozenset(key for options in branches for keys in options for key in keys))
    return {key: tuple(held) for key, held in by_key.items()}, frozenset(by_key)


def _screen_keys(needles: tuple[str, ...] | None) -> tuple[frozenset[str] | None, dict[str, tuple[str, ...]]]:
    """Each needle's longest run of letters and digits (wherever the needle occurs, that run lies inside one
    word of the text), and, by key, the needles that are more than their key ("air strike", " attack"): a key
    found there is confirmed by a substring test. No keys when a needle has no such run: never screened."""
    if needles is None:
        return None, {}
    keys = set()
    unsure: dict[str, tuple[str, ...]] = {}
    for needle in needles:
        runs = _WORD.findall(needle)
        if not runs:
            return None, {}
        key = max(runs, key=len)
        keys.add(key)
        if needle != key:
            unsure[key] = (*unsure.get(key, ()), needle)
    for needle in needles:  # a key that is itself a needle needs no confirming
        unsure.pop(needle, None)
    return frozenset(keys), unsure


class _NeedleScreen:
    """Which keys of every word list a lowercase text may hold, read off its words.

    A key lies inside one word (a run of letters and digits), so the keys a text holds are the union of
    those its words hold, and a word's keys are worked out once and remembered: a sentence costs one
    pass over its words, however many lists then read it. A list none of whose keys a text holds has
    no match there; the others go on to their regular expression, so results never change.
    """

    __slots__ = ("keys", "_longest", "_of_word")

    def __init__(self, keys: frozenset[str]) -> None:
        self.keys = keys
        self._longest = max(map(len, keys), default=0)
        self._of_word: dict[str, frozenset[str]] = {}

    def present(self, low: str) -> set[str]:
        of_word = self._of_word
        found: set[str] = set()
        for word in set(_WORD.findall(low)):
            keys = of_word.get(word)
            if keys is None:
                keys = self._keys_in(word)
            if keys:
                found |= keys
        return found

    def _keys_in(self, word: str) -> frozenset[str]:
        n, longest, keys = len(word), self._longest, self.keys
        held = frozenset(
            word[i:j] for i in range(n) for j in range(i + 1, min(n, i + longest) + 1) if word[i:j] in keys
        )
        if len(self._of_word) >= _WORDS_REMEMBERED:
            self._of_word.clear()  # a long run's vocabulary: start again rather than grow without end
        self._of_word[word] = held or _NO_KEYS
        return held


class ListScreen:
    """Which of several word lists may match a text, found with one look at its words.

    Why: ``detect`` reads some forty trigger lists in turn on every sentence, and most match nothing there;
    asked one at a time, each list checks the sentence itself. Here the sentence's screen keys (``_NeedleScreen``)
    name at once the lists that may match; every other list has no match, as its own check would find.
    The screen asks more of a list than its own check: each of its patterns needs all its words ("turned ...
    into a base" needs "into" and "base"), where a list's own check takes one word per pattern and often a
    common one ("into"), so that the trigger lists' expressions run on a sixth of the sentences they did.
    """

    __slots__ = ("_all", "_always", "_of_key")

    def __init__(self, lists: tuple[WordsPattern, ...]) -> None:
        self._all = tuple(range(len(lists)))
        always: set[int] = set()
        of_key: dict[str, list[tuple[int, tuple[frozenset[str], ...]]]] = {}
        for i, words in enumerate(lists):
            branches = words._branches
            if branches is None and words._keys is not None:  # not read by pattern: any one of its own keys
                branches = [(frozenset({key}),) for key in words._keys]
            if branches is None or not all(branches):
                always.add(i)  # a pattern with no word to screen on: the list is always read
                continue
            for options in branches:
                for key in max(options, key=lambda keys: (min(map(len, keys)), -len(keys))):
                    of_key.setdefault(key, []).append((i, options))
        _register(frozenset(key for held in of_key.values() for _, options in held for keys in options for key in keys))
        self._always = frozenset(always)
        self._of_key = {key: tuple(held) for key, held in of_key.items()}

    def may_match(self, text: str) -> tuple[int, ...]:
        """The positions of the lists that may match in ``text``, in order."""
        if not text.isascii():
            return self._all
        low = text.lower()
        screen = _screen[0]
        present = screen.present(low)
        # the lists asked next read this very text: their own check finds it already screened
        _last_slice[0] = (text, 0, sys.maxsize, low, present, screen, 0)
        of_key = self._of_key
        chosen = set(self._always)
        for key in present:
            for i, options in of_key.get(key, ()):
                if i not in chosen and all(not keys.isdisjoint(present) for keys in options):
                    chosen.add(i)
        return tuple(sorted(chosen))


def _needles_and_branches(
    regex: re.Pattern[str], branches_too: bool = False
) -> tuple[tuple[str, ...] | None, list[tuple[frozenset[str], ...]] | None]:
    """``_needles``, and (``branches_too``) for each pattern of a list the screen keys it needs, as sets one key of
    each of which it holds (the key of each of its needles: see ``_screen_keys``), from one reading of the
    expression."""
    try:
        items = list(_re_parser.parse(regex.pattern, regex.flags))
    except Exception:  # noqa: BLE001 - a pattern this reader does not follow is simply searched in full
        return None, None
    c = _re_constants
    branching = [arg for op, arg in items if op is c.BRANCH]
    if len(branching) == 1 and all(op in (c.BRANCH, c.ASSERT, c.ASSERT_NOT, c.AT) for op, _ in items):
        each = [_all_required(pattern) for pattern in branching[0][1]]  # words_regex's alternation
        best = [_best(options) for options in each]
        found = set().union(*best) if all(best) else None  # what ``_required`` finds for the alternation
    else:
        each = [_all_required(items)]
        found = _best(each[0])
    needles = _kept_needles(found)
    if needles is None or not branches_too:
        return needles, None
    branches = []
    for options in each:
        keyed = []
        for held in options:
            runs = [_WORD.findall(needle) for needle in held]
            if all(runs):  # a needle with no letters or digits cannot be screened: the pattern needs it all the same
                keyed.append(frozenset(max(run, key=len) for run in runs))
        branches.append(tuple(keyed))
    return needles, branches


# The text read last and its lowercase copy (None when it is not ASCII): a sentence is read by many lists.
_last_text: list[tuple[str | None, str | None]] = [(None, None)]


def _lowercase_text(text: str) -> str | None:
    last = _last_text[0]
    if last[0] is text:
        return last[1]
    read = _last_slice[0]  # the word lists' pre-check lowered this very text a moment ago
    if read[0] is text and read[1] == 0 and read[2] >= len(text):
        low = read[3]
    else:
        low = text.lower() if text.isascii() else None
    _last_text[0] = (text, low)
    return low


def _over_lowercase(regex: re.Pattern[str]) -> re.Pattern[str] | None:
    """The pattern made case-sensitive, for ASCII text in lowercase, where it finds exactly the matches the
    pattern finds on the text itself (at the same places): ``re`` runs a case-sensitive alternation several
    times faster, as it skips branches by their first letter. Capital letters of the pattern become small
    ones, which under IGNORECASE changes nothing; a pattern naming non-ASCII characters or a case of its
    own (``(?-i:IS)``) has no such twin: None."""
    flags = regex.flags & ~re.IGNORECASE
    if flags == regex.flags:
        return None
    try:
        tree = _re_parser.parse(regex.pattern, flags)
        if tree.state.flags & re.IGNORECASE or not _lowercased(tree):
            return None
        return _re_compiler.compile(tree, flags)  # type: ignore[no-any-return]
    except Exception:  # noqa: BLE001 - a pattern this reader does not follow keeps the slower way
        return None


_CASELESS_CATEGORIES = frozenset(
    getattr(_re_constants, name)
    for name in (
        "CATEGORY_DIGIT",
        "CATEGORY_NOT_DIGIT",
        "CATEGORY_SPACE",
        "CATEGORY_NOT_SPACE",
        "CATEGORY_WORD",
        "CATEGORY_NOT_WORD",
    )
)


def _small(code: int) -> int | None:
    """An ASCII character in lowercase; None for any other."""
    return None if code >= 128 else code + 32 if 65 <= code <= 90 else code


@cache
def _ascii_kin(code: int) -> bool:
    """Whether an ASCII character matches the character under IGNORECASE (Kelvin sign and "k")."""
    char = re.compile(re.escape(chr(code)), re.IGNORECASE)
    return any(char.fullmatch(chr(ascii_code)) for ascii_code in range(128))


def _small_range(low: int, high: int) -> tuple[int, int] | None:
    if high >= 128 or (low <= 90 and high >= 65 and not (low >= 65 and high <= 90)):
        return None  # not ASCII, or capitals and other characters in one range
    return (low + 32, high + 32) if 65 <= low <= 90 else (low, high)


def _lowercased(items: Any) -> bool:
    """Parsed regex items (changed in place) that match lowercase ASCII text case-sensitively as they match
    text in any case under IGNORECASE; False when they cannot be made so."""
    c = _re_constants
    for index, (op, arg) in enumerate(items):
        if op in (c.LITERAL, c.NOT_LITERAL):
            small = _small(arg)
            if small is None:
                return False
            items[index] = (op, small)
        elif op is c.IN:
            for at, (o, a) in enumerate(arg):
                if o is c.LITERAL:
                    # a member no ASCII character matches ("’" of [\w'’-], "ñ" of [nñ]) stays: it matches ASCII
                    # text in neither reading, and the twin reads only ASCII text
                    small = a if a >= 128 and not _ascii_kin(a) else _small(a)
                elif o is c.RANGE:
                    small = _small_range(*a)  # type: ignore[assignment]
                elif o is c.NEGATE or (o is c.CATEGORY and a in _CASELESS_CATEGORIES):
                    continue
                else:
                    return False
                if small is None:
                    return False
                arg[at] = (o, small)
        elif op in (c.ANY, c.AT):
            continue
        elif op is c.SUBPATTERN:
            if arg[1] or arg[2] or not _lowercased(arg[3]):
                return False
        elif op is c.BRANCH:
            if not all(_lowercased(branch) for branch in arg[1]):
                return False
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            if not _lowercased(arg[2]):
                return False
        elif op in (c.ASSERT, c.ASSERT_NOT):
            if not _lowercased(arg[1]):
                return False
        elif op is c.ATOMIC_GROUP:
            if not _lowercased(arg):
                return False
        else:
            return False
    return True


_NO_KEYS: frozenset[str] = frozenset()
_WORDS_REMEMBERED = 100_000
# Every list's keys, and the screen over them: a new screen (empty memory of words) when lists are added.
_registered: set[str] = set()
_screen: list[_NeedleScreen] = [_NeedleScreen(frozenset())]
_registering = threading.Lock()


def _register(keys: frozenset[str]) -> None:
    with _registering:
        if not keys <= _registered:
            _registered.update(keys)
            _screen[0] = _NeedleScreen(frozenset(_registered))


def _needles(regex: re.Pattern[str]) -> tuple[str, ...] | None:
    """Lowercase ASCII literals one of which every match of ``regex`` contains; None when none is known."""
    return _needles_and_branches(regex)[0]


def _kept_needles(found: set[str] | None) -> tuple[str, ...] | None:
    if not found:
        return None
    kept: list[str] = []
    for needle in sorted(found, key=len):  # a needle holding a shorter one adds nothing to the test
        if not any(short in needle for short in kept):
            kept.append(needle)
    return tuple(sorted(kept))


def _required(items: Any) -> set[str] | None:
    """What a sequence of parsed regex items must contain: the best of its mandatory parts."""
    return _best(_all_required(items))


def _best(options: list[set[str]]) -> set[str] | None:
    return max(options, key=lambda o: (min(map(len, o)), -len(o))) if options else None


def _all_required(items: Any) -> list[set[str]]:
    """Every mandatory part of a sequence of parsed regex items (runs of literals, groups, alternations whose
    every branch requires something, repeats of at least one), each as the needles one of which it holds."""
    options: list[set[str]] = []
    run: list[str] = []
    for op, arg in items:
        if op is _re_constants.LITERAL and arg < 128:
            run.append(chr(arg).lower())
            continue
        if run:
            options.append({"".join(run)})
            run = []
        if op is _re_constants.SUBPATTERN:
            inner = _required(arg[-1])
        elif op is _re_constants.BRANCH:
            branches = [_required(branch) for branch in arg[1]]
            inner = set().union(*branches) if all(branches) else None  # type: ignore[arg-type]
        elif op in (_re_constants.MAX_REPEAT, _re_constants.MIN_REPEAT) and arg[0] >= 1:
            inner = _required(arg[2])
        else:  # a class, a look-around, an optional part: nothing certain, and the literal run ends
            inner = None
        if inner:
            options.append(inner)
    if run:
        options.append({"".join(run)})
    return options


@dataclass(frozen=True)
class SubEventType:
    name: str
    event_type: str
    disorder: str
    plover_type: str
    plover_mode: str | None
    priority: int


@dataclass(frozen=True)
class Trigger:
    kind: str
    strong: bool
    regex: WordsPattern


@dataclass(frozen=True)
class EventTerms:
    types: dict[str, SubEventType]
    triggers: tuple[Trigger, ...]
    instruments: tuple[tuple[str, WordsPattern], ...]
    context: dict[str, WordsPattern]

    @cached_property
    def trigger_screen(self) -> ListScreen:
        """Which trigger lists may match a sentence (see ``ListScreen``)."""
        return ListScreen(tuple(t.regex for t in self.triggers))

    @cached_property
    def instrument_screen(self) -> ListScreen:
        """Which instrument lists may match a sentence (see ``ListScreen``)."""
        return ListScreen(tuple(regex for _, regex in self.instruments))


@cache
def sub_event_types() -> dict[str, SubEventType]:
    """The 25 types alone, read without compiling any word list (a stage that needs a type no sentence named)."""
    return {name: _sub_event_type(name, spec) for name, spec in _read("event_terms.toml")["types"].items()}


def load_event_terms() -> EventTerms:
    data = _read("event_terms.toml")
    types = {name: _sub_event_type(name, spec) for name, spec in data["types"].items()}
    triggers = tuple(
        Trigger(t["kind"], t["strength"] == "strong", words_regex(t["patterns"], screened_by_pattern=True))
        for t in data["trigger"]
    )
    instruments = tuple(
        (name, words_regex(pats, screened_by_pattern=True)) for name, pats in data["instruments"].items()
    )
    for name, _ in instruments:
        if name not in types:
            raise ResourceError(f"event_terms.toml: instrument {name!r} is not a sub-event type")
    context = {name: words_regex(pats) for name, pats in data["context"].items()}
    missing = CONTEXT_KEYS - context.keys()
    if missing:
        raise ResourceError(f"event_terms.toml lacks the context lists {sorted(missing)}; reinstall eventwire")
    return EventTerms(types, triggers, instruments, context)


def _sub_event_type(name: str, spec: dict[str, Any]) -> SubEventType:
    missing = [k for k in TYPE_KEYS if k not in spec]
    if missing:
        raise ResourceError(f"event_terms.toml: type {name!r} lacks {missing}")
    plover, mode = spec["plover"]
    return SubEventType(name, spec["event_type"], spec["disorder"], plover, mode or None, spec["priority"])


@dataclass(frozen=True)
class Cues:
    asserts: WordsPattern
    denies: WordsPattern
    hints: dict[str, WordsPattern]
    backrefs: frozenset[str]


def load_cues() -> Cues:
    data = _read("cues.toml")
    hints = {name: words_regex(pats) for name, pats in data["claimant_hints"].items() if name != "backrefs"}
    cues = Cues(
        asserts=words_regex(data["verbs"]["asserts"]),
        denies=words_regex(data["verbs"]["denies"]),
        hints=hints,
        backrefs=frozenset(data["claimant_hints"]["backrefs"]),
    )
    return cues


@dataclass(frozen=True)
class ActorEntry:
    key: str
    name: str
    aliases: tuple[str, ...]
    inter: int
    country: str | None
    family: str | None
    kind: str


@dataclass(frozen=True)
class ActorLexicon:
    entries: dict[str, ActorEntry]

    def surface_forms(self) -> list[tuple[str, str]]:
        """(surface string, key) for every name and alias."""
        return [(form, e.key) for e in self.entries.values() for form in (e.name, *e.aliases)]


ACTOR_KINDS = frozenset(
    "state_military state_police state_government armed_group militia party ngo monitor un media "
    "civilians protesters rioters".split()
)


def load_actors() -> ActorLexicon:
    entries: dict[str, ActorEntry] = {}
    for raw in _read("actors.toml").get("actor", []):
        entry = _actor_entry(raw)
        if entry.key in entries:
            raise ResourceError(f"actors.toml: key {entry.key!r} appears twice")
        entries[entry.key] = entry
    return ActorLexicon(entries)


def _actor_entry(raw: dict[str, Any]) -> ActorEntry:
    try:
        entry = ActorEntry(
            key=raw["key"],
            name=raw["name"],
            aliases=tuple(raw.get("aliases", ())),
            inter=int(raw["inter"]),
            country=raw.get("country") or None,
            family=raw.get("family") or None,
            kind=raw.get("kind", "armed_group"),
        )
    except KeyError as exc:
        raise ResourceError(f"actors.toml: entry {raw!r} lacks {exc}") from exc
    if not 1 <= entry.inter <= 8 or entry.kind not in ACTOR_KINDS:
        raise ResourceError(f"actors.toml: entry {entry.key!r} has inter {entry.inter} / kind {entry.kind!r}")
    return entry
