"""Text read as a reader sees it, so that a disguised help-line number, name or address is checked like the real one.

A coordinator's document can hide "0800-2001" behind HTML entities, tags, a Cyrillic O, digits spaced one by one or
a Markdown escape; the chat shows the reader the number all the same (red team, 2026-12-04). `plain` undoes each of
these before `protected.phone_conflicts` reads the text; `official` says which web hosts may be linked.
"""

from __future__ import annotations

import html
import re
import unicodedata

from assistant.text import HOMOGLYPHS, as_shown

_DASHES = re.compile("[\u2010-\u2015\u2212]")


# A number written with letters that look like digits: O for 0, l or I for 1 ("0800-2OO1", "0800-0ll4", round 9)
_NUMBERISH = re.compile(
    r"(?<![A-Za-z])[0-9Oo](?:[0-9OolI]|[-./](?=[0-9OolI]))*[0-9](?:[0-9OolI])*(?![A-Za-z])"
    r"|(?<![A-Za-z])0[0-9]{2,3}[-./ ]?[0-9OolI]*[lI][0-9OolI]*(?![A-Za-z])"
)
_AREA_GAP = re.compile(
    r"(?<![\w-])(0\d{2,3})(?: ?[-/][ \t]*(?:\r?\n[ \t]*)?| - | ?\| ?)(?=\d)"
)  # "0800 - 2001", "0800-\n2001", a table's "| 0800 | 2001 |" (red team round 22)


_DIGIT_LOOKALIKES = str.maketrans("OolI", "0011")
_MARKUP = re.compile(r"<!--.*?-->|</?[A-Za-z][^<>]{0,200}>", re.DOTALL)  # HTML tags and comments read as nothing
_ESCAPE = re.compile(r"\\(?=[\d\W])")  # Markdown escapes: "0800-20\01" reads as "0800-2001"
# Markdown emphasis or code inside a number reads as nothing: "0800-**2001**", "0800-`2001`" (red team round 21)
_EMPHASIS = re.compile(r"(?<=[\d-])[*_`~]+(?=[\d*_`~]|\b)|[*_`~]+(?=\d)")
_SPACED_DIGITS = re.compile(r"(?<![\w-])(?:\d ){3,}(?:- )?(?:\d ){2,}\d(?!\w)")  # "0 8 0 0 - 2 0 0 1"


def plain(text: str) -> str:
    """Text as a reader sees it, so that a disguised number or name is checked like the real one.

    HTML entities and tags, Markdown escapes and look-alike letters of other scripts are read as the reader sees
    them; full-width digits become digits, dashes '-', invisible characters go ("Veilig\u200bThuis"), a letter O
    inside a number becomes 0 ("0800-2OO1"), digits written one by one are joined ("0 8 0 0 - 2 0 0 1"), an area
    code keeps its number across " - " or "/" ("0800 - 2001"), seven or more digits spelled out as words are digits
    ("nul acht nul nul twee nul nul een"). Names may be hyphenated ("Veilig-Thuis").
    """
    # as_shown: reversed runs, invisible characters, digits of other scripts ("٠٨٠٠-٢٠٠١", red team round 4)
    text = as_shown(html.unescape(_MARKUP.sub("", html.unescape(text))))
    text = _ESCAPE.sub("", unicodedata.normalize("NFKC", text).translate(HOMOGLYPHS))
    text = _EMPHASIS.sub("", _DASHES.sub("-", text))
    text = _SPACED_DIGITS.sub(lambda m: m.group().replace(" ", ""), spelled_digits(spelled_number(text)))
    text = _NUMBERISH.sub(lambda m: m.group().translate(_DIGIT_LOOKALIKES), text)
    return _AREA_GAP.sub(lambda m: m.group(1) + "-", text)


OFFICIAL_HOSTS = (
    "overheid.nl", "rijksoverheid.nl", "veiligthuis.nl", "kindertelefoon.nl", "113.nl", "oudersenonderwijs.nl",
    "onderwijsconsulenten.nl", "onderwijsgeschillen.nl", "centrumseksueelgeweld.nl", "onderwijsinspectie.nl",
    "autoriteitpersoonsgegevens.nl", "juridischloket.nl", "passendonderwijs.nl", "politie.nl",
)  # fmt: skip


def host_of(address: str) -> str:
    """The host of a web address, or the domain of a mail address, lowercase and without www."""
    address = address.lower().rstrip(".,;:!?)")
    if "@" in address and "://" not in address:
        return address.rsplit("@", 1)[1]
    authority = re.sub(r"^(?:https?://)?", "", address).split("/")[0]
    # "https://veiligthuis.nl@opvoedsteun.example/" goes to opvoedsteun.example (red team round 10)
    return re.sub(r"^www\.", "", authority.rsplit("@", 1)[-1]).split(":")[0]


def official(host: str, extra: set[str] | frozenset[str] = frozenset()) -> bool:
    return any(host == h or host.endswith("." + h) for h in (*OFFICIAL_HOSTS, *extra))


_DIGIT_WORDS = {
    "nul": "0", "een": "1", "één": "1", "eén": "1", "twee": "2", "drie": "3", "vier": "4", "vijf": "5", "zes": "6",
    "zeven": "7", "acht": "8", "negen": "9",
}  # fmt: skip
_DIGIT_WORD = r"(?:nul|een|één|eén|twee|drie|vier|vijf|zes|zeven|acht|negen)"
_SPELLED_RUN = re.compile(rf"\b{_DIGIT_WORD}(?:[\s,;.\-–]+{_DIGIT_WORD}){{6,}}\b", re.IGNORECASE)


def digit_words(text: str) -> str:
    """Each digit written as a word as its digit, however few ("vier zes zeven 668 772" is "4 6 7 668 772")."""
    return re.sub(rf"\b{_DIGIT_WORD}\b", lambda m: _DIGIT_WORDS[m.group().lower()], text, flags=re.IGNORECASE)


def spelled_digits(text: str) -> str:
    """Seven or more digits written as words, one by one ("een, twee, drie, … acht, twee"), read as the number a
    reader makes of them: a BSN spelled out in an upload was read back to visitors (red team round 5)."""

    def digits(match: re.Match[str]) -> str:
        words = re.split(r"[\s,;.\-–]+", match.group())
        return "".join(_DIGIT_WORDS[w.lower()] for w in words if w)

    return _SPELLED_RUN.sub(digits, text)


_UNITS = {"een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9}
_TEENS = {
    "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15, "zestien": 16,
    "zeventien": 17, "achttien": 18, "negentien": 19,
}  # fmt: skip
_TENS = {"twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70, "tachtig": 80,
         "negentig": 90}  # fmt: skip
_SCALES = (("miljoen", 1_000_000), ("duizend", 1000), ("honderd", 100))
_NUMBER_WORDS = re.compile(
    r"\b(?:[^\W\d_]*(?:miljoen|duizend|honderd)[^\W\d_]*)(?:\s+[^\W\d_]*(?:miljoen|duizend|honderd)[^\W\d_]*)*",
    re.IGNORECASE,
)


def _value(word: str) -> int | None:
    """A Dutch number written as one word ("tweehonderdtweeentwintigduizend"), or None."""
    if not word:
        return 0
    for scale, size in _SCALES:
        if scale in word:
            left, _, right = word.rpartition(scale)
            high, low = (_value(left) if left else 1), _value(right)
            return None if high is None or low is None else high * size + low
    small = {**_UNITS, **_TEENS, **_TENS}
    if word in small:
        return small[word]
    for tens, value in _TENS.items():  # "zevenendertig": zeven en dertig
        if word.endswith("en" + tens) and word[: -len(tens) - 2] in _UNITS:
            return _UNITS[word[: -len(tens) - 2]] + value
    return None


def spelled_number(text: str) -> str:
    """A number of eight or more digits written in number words ("honderdelf miljoen tweehonderdtweeëntwintigduizend
    driehonderddrieëndertig") read as its digits: a BSN that passed check-corpus and was quoted (red team round 12).
    Amounts ("twee miljoen euro") stay as they are."""

    def number(match: re.Match[str]) -> str:
        joined = unicodedata.normalize("NFKD", match.group().lower()).encode("ascii", "ignore").decode()
        value = _value(re.sub(r"\s+", "", joined))
        return str(value) if value is not None and value >= 10_000_000 else match.group()

    return _NUMBER_WORDS.sub(number, text)
