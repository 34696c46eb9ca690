"""Reading a model's streamed output: complete sentences, their citations, and the closing BRONNEN/DEKKING lines."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from assistant.text import LIST_MARK, WORD

Coverage = Literal["volledig", "gedeeltelijk", "geen", "onbekend"]


# [1], [1, 3], [1][3]; a model may also write (bron 1) or [bron 2]: read those too, then show them as [n].
CITATION = re.compile(
    r"\[\s*(?:bron\s*)?(\d{1,3}(?:\s*[,;&]\s*\d{1,3}|\s+en\s+\d{1,3})*)\s*\]|\(\s*bron\s+(\d{1,3})\s*\)", re.I
)


META = re.compile(r"^[\s*#>_-]*(BRONNEN|BRON|DEKKING)[\s*_]*:[\s*_]*(.*)$", re.IGNORECASE)


LETTER = re.compile(r"[^\W\d_]")


LABEL = re.compile(r"^\s*\**\s*(?:antwoord|answer)\s*\**\s*:\s*", re.IGNORECASE)


# A sentence ends at . ! ? (then citations may follow) and whitespace, before something that starts a sentence.
SENTENCE_END = re.compile(r"[.!?]+[\"')]*(?:\s*\[[^\]\n]{1,20}\])*\.?(?=\s+[\"'(*]?[A-Z0-9À-Ý])")


ABBREVIATIONS = {
    "art", "bijv", "bv", "nr", "ca", "incl", "excl", "max", "min", "evt", "enz", "etc", "jl", "mr", "dr", "mw",
    "dhr", "tel", "o.a", "m.b.t", "i.v.m", "z.s.m", "t.a.v", "e.d", "d.w.z", "m.a.w", "i.p.v", "t/m", "lid",
}  # fmt: skip


COVERAGE_WORDS: dict[str, Coverage] = {
    "volledig": "volledig",
    "geheel": "volledig",
    "gedeeltelijk": "gedeeltelijk",
    "deels": "gedeeltelijk",
    "geen": "geen",
    "niet": "geen",
}


def citations_in(text: str) -> list[int]:
    """Every number cited in the text, in order of appearance (duplicates removed)."""
    found: list[int] = []
    for match in CITATION.finditer(text):
        for number in re.findall(r"\d+", match.group(1) or match.group(2) or ""):
            if int(number) not in found:
                found.append(int(number))
    return found


def strip_citations(text: str) -> str:
    return re.sub(r"\s+([.,;:!?])", r"\1", CITATION.sub("", text)).strip()


# -- parsing the model's output while it streams ----------------------------------------------------------------
@dataclass
class Segment:
    """One answer sentence (or list item) as the model wrote it; `newline` if it began a line."""

    text: str
    newline: bool = False
    item: bool = False


class OutputParser:
    """Turns streamed text into complete sentences and reads the closing BRONNEN/DEKKING lines.

    Small models break formats, so everything is optional: missing lines give coverage 'onbekend'; text after
    the closing lines is ignored; a refusal written in prose is recognised.
    """

    def __init__(self, refusal: str) -> None:
        self.buffer = ""
        self.line_start = True
        self.in_meta = False
        self.done = False  # the DEKKING line came: nothing after it is read
        self.claimed: list[int] = []
        self.coverage: Coverage = "onbekend"
        self.said_refusal = False
        self._refusal_key = _normal(refusal)[:30]

    def feed(self, chunk: str) -> list[Segment]:
        self.buffer += chunk
        out: list[Segment] = []
        while "\n" in self.buffer and not self.done:
            line, self.buffer = self.buffer.split("\n", 1)
            out += self._line(line, complete=True)
        return out if self.done else out + self._line(self.buffer, complete=False)

    def finish(self) -> list[Segment]:
        rest, self.buffer = self.buffer, ""
        return [] if self.done else self._line(rest, complete=True)

    def _line(self, text: str, complete: bool) -> list[Segment]:
        """Complete sentences of (the seen part of) one line; an unfinished sentence stays in the buffer."""
        starts_line = self.line_start
        marker = LIST_MARK.match(text) if starts_line else None
        done, rest = _split(text[marker.end() :] if marker else text)
        if complete:
            done += [rest] if rest else []
            self.line_start = True
        else:
            self.buffer = rest if done else text
            self.line_start = starts_line and not done
        out: list[Segment] = []
        for number, part in enumerate(done):
            segment = self._segment(part, number == 0 and starts_line, item=number == 0 and marker is not None)
            if segment is not None:
                out.append(segment)
        return out

    def _segment(self, text: str, starts_line: bool, item: bool) -> Segment | None:
        meta = META.match(text)
        if meta:
            self._meta(meta.group(1), meta.group(2))
            return None
        if self.in_meta or not LETTER.search(text) or text.lstrip().startswith(("#", "|", "```")):
            return None
        clean = re.sub(r"\*\*|__|`", "", LABEL.sub("", text)).strip()
        if self._refusal_key and _normal(clean).startswith(self._refusal_key):
            self.said_refusal = True
            return None
        return Segment(clean, newline=starts_line, item=item) if clean else None

    def _meta(self, name: str, value: str) -> None:
        """Read 'BRONNEN: 1, 3' and 'DEKKING: gedeeltelijk'; an echo of the instructions is not an answer."""
        self.in_meta = True
        inline = re.search(r"\bDEKKING\b\W*(.*)$", value, re.IGNORECASE)  # both on one line
        if name.upper().startswith("BRON"):
            numbers = value[: inline.start()] if inline else value
            if re.fullmatch(r"[\s\[\](),;&.\d]*(?:(?:en|geen)\b[\s\[\](),;&.\d]*)*", numbers.lower()):
                self.claimed += [int(n) for n in re.findall(r"\d{1,3}", numbers) if int(n) not in self.claimed]
            if inline:
                self._meta("DEKKING", inline.group(1))
            return
        found = {COVERAGE_WORDS[w] for w in WORD.findall(value.lower()) if w in COVERAGE_WORDS}
        if len(found) == 1:  # 'volledig, gedeeltelijk of geen' copied from the prompt says nothing
            self.coverage = found.pop()
            self.done = True


def _normal(text: str) -> str:
    return " ".join(WORD.findall(text.lower()))


def _split(line: str) -> tuple[list[str], str]:
    """Complete sentences of one line and the rest: split after . ! ? (and citations), not after an abbreviation."""
    done: list[str] = []
    start = 0
    for match in SENTENCE_END.finditer(line):
        before = line[start : match.start()].split()
        last = before[-1].lower().rstrip(".") if before else ""
        if last in ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
            continue
        if line[start : match.end()].strip():
            done.append(line[start : match.end()].strip())
        start = match.end()
    return done, line[start:].lstrip()
