"""Words, stems, sentences and the prompt files: the text rules every stage shares, in one place."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Any

from bm25s.stopwords import STOPWORDS_DUTCH, STOPWORDS_EN

from assistant.safety.injection import looks_like_instruction

WORD = re.compile(r"\w+", re.UNICODE)
STOP = (
    set(STOPWORDS_DUTCH)
    | set(STOPWORDS_EN)
    | {
        "kan", "mag", "moet", "wil", "welke", "wat", "wie", "waar", "hoe", "wanneer", "waarom", "mijn", "ik", "we",
        "wij", "jullie", "u", "jij", "je", "kind", "kinderen", "iemand", "iets", "graag", "vraag", "hoi",
        "precies", "eigenlijk", "gewoon", "zomaar", "echt", "nou", "ongeveer", "exact", "exactly", "vallen", "valt",
    }
)  # fmt: skip

# Not after abbreviations that legal and Dutch text uses mid-sentence ("art. 42", "bijv. de IB'er", "o.a. 113").
_ABBREVIATIONS = ("art", "artt", "nr", "bijv", "bv", "vgl", "zgn", "jl", "mr", "dr", "st", "ca", "o.a", "i.p.v",
                  "m.b.t", "t.a.v", "e.d", "i.c.m", "z.s.m", "d.w.z")  # fmt: skip
SENTENCE_END = re.compile(
    "".join(rf"(?<!\b{re.escape(w)}\.)" for a in _ABBREVIATIONS for w in (a, a.capitalize()))
    + r"(?<=[.!?])\s+(?=[\"'(]?[A-Z0-9À-Ý])"
)


# Letters of other scripts that look like Latin ones ("0800-2ОО1" with a Cyrillic O, "lеven" with a Cyrillic e):
# read as the Latin letter wherever text is checked for a disguise (protected numbers, crisis words).
HOMOGLYPHS = str.maketrans(
    "АВЕКМНОРСТХаеорсухіјѕԁɡΑΒΕΖΗΙΚΜΝΟΡΤΥΧαοικνρτυχ",
    "ABEKMHOPCTXaeopcyxijsdgABEZHIKMNOPTYXaoikvptux",
)


_OVERRIDE = re.compile("\u202e([^\u202c\n]*)\u202c?")  # right-to-left override: shown reversed
_INVISIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_WIDE = re.compile("[\uff01-\uff5e\u2460-\u24ff\u2776-\u2793\U0001d400-\U0001d7ff]")  # full-width, circled, math
_MIXED_WORD = re.compile(
    r"\w*(?:[a-zA-Z][\u0370-\u03ff\u0400-\u04ff\u0500-\u052f\u0250-\u02af]|"
    r"[\u0370-\u03ff\u0400-\u04ff\u0500-\u052f\u0250-\u02af][a-zA-Z])\w*"
)


def as_shown(text: str) -> str:
    """Text as the reader sees it: what every check and the index read (red team round 9: a BSN split by zero-width
    spaces, "Dааn Jаnsen" with Cyrillic a's, "\u202esiuht gilieV\u202c" shown as "Veilig Thuis", "０６－１２…").

    Reversed runs are turned round, invisible format characters go, full-width and circled letters and digits are
    plain ones, and a word that mixes Latin with look-alike letters of another script is read in Latin.
    """
    text = _OVERRIDE.sub(lambda m: m.group(1)[::-1], text)
    text = "".join(c for c in _INVISIBLE.sub("", text) if unicodedata.category(c) != "Cf")
    text = _WIDE.sub(lambda m: unicodedata.normalize("NFKC", m.group()), unicodedata.normalize("NFC", text))
    # digits of other scripts are digits ("٠٦-١٢٣٤٥٦٧٨", round 10); an accent typed apart joins its letter (NFC)
    text = "".join(str(unicodedata.decimal(c)) if c.isdecimal() and not c.isascii() else c for c in text)
    return _MIXED_WORD.sub(lambda m: m.group().translate(HOMOGLYPHS), text)


def content_words(text: str) -> list[str]:
    """Lowercased words that carry meaning (no stopwords, no single letters)."""
    return [w for w in WORD.findall(text.lower()) if w not in STOP and len(w) > 1]


# English function words that are not Dutch words too ("is", "of", "we", "in" are left out): how English a text is.
ENGLISH = frozenset({
    "the", "a", "an", "and", "or", "to", "for", "with", "about", "from", "what", "how", "does", "do", "did", "can",
    "could", "should", "would", "will", "my", "our", "your", "their", "his", "her", "its", "i", "you", "he", "she",
    "it", "they", "them", "this", "that", "these", "those", "there", "who", "when", "which", "why", "where", "if",
    "are", "was", "were", "be", "been", "has", "have", "had", "not", "any", "get",
})  # fmt: skip


def english_share(text: str) -> float:
    """Share of the words that are English function words: ~0.3-0.5 in an English question, ~0 in a Dutch one."""
    words = WORD.findall(text.casefold())
    return sum(w in ENGLISH for w in words) / len(words) if words else 0.0


def stems(stemmer: Any, text: str) -> set[str]:
    """The stems of a text's content words: what evidence, coverage and the verifier compare."""
    return set(stemmer.stemWords(content_words(text)))


def has_symbol(text: str) -> bool:
    """Whether the text holds a symbol or emoji ("🔪", "🌉"): a message of symbols alone is no empty question."""
    return any(unicodedata.category(ch) == "So" for ch in text)


def sentences(text: str) -> list[str]:
    """Split a passage into sentences and list items, dropping Markdown headings and front-matter residue."""
    out: list[str] = []
    for line in text.splitlines():
        line = line.strip().lstrip("-*•").strip()
        if not line or line.startswith(("#", "|", "---")):
            continue
        line = re.sub(r"\*\*|__|`", "", line)
        # Documents are data: a sentence addressing the assistant is never an answer (safety/injection.py).
        out += [s.strip() for s in SENTENCE_END.split(line) if len(s.strip()) > 2 and not looks_like_instruction(s)]
    return out


@lru_cache(maxsize=64)
def prompt(prompts_dir: Path, name: str) -> str:
    """Texts the user reads live in prompts/, so a coordinator can edit them without touching code."""
    name = name.removesuffix(".md")
    return (prompts_dir / f"{name}.md").read_text(encoding="utf-8").strip()


def fill(template: str, **values: str) -> str:
    """Fill {name} placeholders; other braces a coordinator writes in a prompt stay as they are."""
    for name, value in values.items():
        template = template.replace("{" + name + "}", value)
    return template


# A list item's marker: a bullet, "1." or "1)", "1°" (statutes), "a." or "a)" (a letter or a small roman number).
LIST_MARK = re.compile(r"^\s*(?:(?:[-*•]|\d{1,2}(?:°\.?|[.)])|[a-z][.)]|[ivx]{2,4}[.)]|\([a-z0-9]{1,3}\))\s+)+")
FIELD_LINE = re.compile(r"^[A-Z][\w ]{0,24}:\s")  # 'Telefoon: 0800-2000' on a service card
URL_ONLY = re.compile(r"^\(?(?:https?://|www\.)\S+\)?[.;,]?$")


def list_kind(line: str) -> str:
    """'' for no list item, else the kind of marker: '-' (bullet), '1' (number), '°' (statute degree), 'a' (letter
    or roman number), '(' (in brackets). A statute's numbered member ("1. ... :") holds lettered items."""
    mark = LIST_MARK.match(line)
    if not mark:
        return ""
    m = mark.group(0).split()[-1]  # "- a." is a lettered item written as a bullet
    if m[0] in "-*•":
        return "-"
    if m.startswith("("):
        return "("
    if "°" in m:
        return "°"
    return "1" if m[0].isdigit() else "a"


FINISHED_LINE = re.compile(r"[.:;!?]\s*$")  # a line ending so is finished: what follows may be a list item

# "- **Onderwijs-zorgarrangementen (Peelbrug).** Samenwerkingsverband en gemeenten betalen samen.": the bold label's
# full stop would end a "sentence" of the label alone, glued to the item before it. It becomes "Label: text".
BOLD_LABEL = re.compile(r"^\*\*([^*.]{2,80})\.\*\*\s+(?=\S)")


def blocks(text: str) -> list[tuple[str, str]]:
    """A passage as paragraphs, list items and card fields, each as (text, list kind or ''): hard-wrapped lines
    (Markdown and PDF text) joined; headings, table rows and rules end a block and are left out."""
    out: list[tuple[str, str]] = []
    open_block = False
    for line in text.splitlines():
        raw = line.strip()
        if not raw or raw.startswith(("#", "|", "---")):
            if raw and out and out[-1] != ("", ""):
                out.append(("", ""))  # a heading or table ends a list: its items do not run on into the next part
            open_block = False
            continue
        kind = list_kind(raw)
        # "(po) of Zaltbommel (vo)." after a line that ends mid-sentence is the sentence going on, not an item.
        goes_on = kind == "(" and open_block and not FINISHED_LINE.search(out[-1][0])
        if open_block and (not kind or goes_on) and not FIELD_LINE.match(raw):
            block, was = out[-1]
            out[-1] = (f"{block} {raw}", was)
        else:
            out.append((BOLD_LABEL.sub(r"\1: ", LIST_MARK.sub("", raw) if kind else raw), kind))
        open_block = True
    return out


def is_fragment(sentence: str) -> bool:
    """Never an answer sentence: a bare URL, a field label alone, a lead-in without its list, a few words, or the
    rest of a sentence that began elsewhere (it starts in lower case: a list item without its lead-in)."""
    words = WORD.findall(sentence)
    text = sentence.strip()
    if len(words) < 4 or URL_ONLY.match(text) or text.endswith(":"):
        return True
    first = next((ch for ch in text if ch.isalpha()), "")
    return first.islower() and not text.startswith(("'s ", "’s "))


# A Markdown link or image in a source: its words and, for a web address, the address in plain sight. A document's
# "[bel 112 hier](https://…)" was a live link in the public chat (red team, 2026-12-04); "javascript:" goes.
MD_LINK = re.compile(
    r"!?\[([^\]\n]{0,200})\]\(\s*([^()\s]{0,500}(?:\([^()\s]{0,100}\)[^()\s]{0,100})*)(?:\s+\"[^\"]*\")?\s*\)"
)


def _link_text(match: re.Match[str]) -> str:
    words, target = match.group(1).strip(), match.group(2)
    shown = target if re.match(r"(?:https?://|www\.|mailto:)", target, re.IGNORECASE) else ""
    return f"{words} ({shown})" if words and shown else words or shown


def flatten_links(text: str) -> str:
    """Markdown links as their words and, for a web address, the address in plain sight."""
    return MD_LINK.sub(_link_text, text)


def _plain(block: str) -> str:
    """Markdown emphasis, code marks and links out: "**zes weken**", "*meldcode:*", "[tekst](adres)"."""
    block = MD_LINK.sub(_link_text, block)
    return re.sub(r"\*\*|__|`|(?:^|(?<=\s))\*(?=\w)|(?<=[\w:.;,])\*(?=[\s:;,.]|$)", "", block)


# "Ja, je mag bij Veilig Thuis melden zonder toestemming" answers the source's own question; shown for another one
# ("Is Veilig Thuis 's nachts gesloten?") the "Ja" reads as the answer to it (red team, 2026-12-04). The rest of the
# sentence says it all.
YES_NO = re.compile(r"^(?:Ja|Nee)[,.]\s+(?=\w)")


def _split(block: str) -> list[str]:
    block = _plain(block)
    parts = (YES_NO.sub("", s.strip()) for s in SENTENCE_END.split(block))
    return [p[:1].upper() + p[1:] for p in parts if len(p) > 2]


def whole_sentences(text: str) -> list[str]:
    """A passage's answer sentences: whole sentences from whole paragraphs, a list kept with its lead-in ("U kunt
    bezwaar maken bij: de school; de commissie."), and never a fragment, heading or instruction to the assistant.

    A statute's member "1. ... de volgende elementen:" keeps its lettered items a., b., c. and stops at member 2."""
    return [s for parts, _ in _units(text) for s in parts]


def list_runs(text: str) -> list[list[str]]:
    """The long lists of a passage, each as the sentence that holds its lead-in and first item, then each further
    item's first sentence. Asked for "de stappen", an answer shows the run, not only the item that matched best."""
    return [heads for _, heads in _units(text) if len(heads) > 1]


def _units(text: str) -> list[tuple[list[str], list[str]]]:
    """Each block's answer sentences, and for a long list split in its items the list's run (``list_runs``)."""
    out: list[tuple[list[str], list[str]]] = []
    units = blocks(text)
    i = 0
    while i < len(units):
        block, kind = units[i]
        i += 1
        heads: list[str] = []
        if block.rstrip().endswith(":") and i < len(units) and units[i][1] and units[i][1] != kind:
            items = []
            while i < len(units) and units[i][1] and units[i][1] != kind:
                items.append(units[i][0].strip())
                i += 1
            joined = f"{block.rstrip()} {_join_items(items)}"
            parts = [_plain(joined)] if len(joined) <= LIST_CHARS else _long_list(block, items, joined)
            if len(parts) > 1 and len(joined) > LIST_CHARS:
                lead = len(_split(block)) - 1  # the lead-in's last sentence runs on into the first item
                heads = [*_head(parts[lead:]), *(h for item in items[1:] for h in _head(_split(item)))]
        else:
            parts = _split(block)
        # Documents are data: a sentence addressing the assistant is never an answer (safety/injection.py).
        keep = [s for s in parts if not is_fragment(s) and not looks_like_instruction(s)]
        out.append((keep, [h for h in heads if h in keep]))
    return out


def _head(sentences: list[str]) -> list[str]:
    """An item's first sentence; a question with its answer ("Is er acute onveiligheid? Zo ja, dan meld je altijd.")."""
    return sentences[:2] if sentences and sentences[0].endswith("?") else sentences[:1]


LIST_CHARS = 600  # a lead-in with its list up to this length is one answer sentence
ITEM_WORDS = 8  # a long list is split in its items only when each is a sentence of its own


def _long_list(lead_in: str, items: list[str], joined: str) -> list[str]:
    """A long list of whole sentences (a guidance file's steps: "Handel direct: 1. Beperk de schade … 2. Meld het
    meteen intern …"): the lead-in with its first item, then every item on its own. Split as one run of text, the
    sentences ran across items ("Stuur de lijst niet nog een keer door; Meld het meteen intern …", blind set 11).
    A statute's lower-case items ("a. de instantie …;") are no sentences alone: they stay one run of text."""
    if not all(_plain(item)[:1].isupper() and len(item.split()) >= ITEM_WORDS for item in items):
        return _split(joined)  # a table of short items ("TLV so: twee schooljaren") reads best as one sentence
    first = _split(f"{lead_in.rstrip()} {items[0]}")
    return first + [part for item in items[1:] for part in _split(item)]


def _join_items(items: list[str]) -> str:
    """Items as one sentence: a statute's items end in ';', '; en' or ', of' themselves; others get '; '."""
    out = ""
    for n, item in enumerate(items):
        last = n == len(items) - 1
        own = re.search(r"(?:[;,]|[;,]\s+(?:en|of))$", item)
        if last:
            out += re.sub(r"[\s;,]*(?:\b(?:en|of))?[\s;,.]*$", "", item) + "."
        else:
            out += (item if own else item.rstrip(" .;") + ";") + " "
    return out


def merge_overlap(first: str, second: str, min_chars: int = 12) -> str:
    """Two neighbouring passages of one document as one text: the chunker repeats the end of a passage at the start
    of the next (chunk_overlap), so the longest such repeat is written once."""
    a, b = first.rstrip(), second.lstrip()
    head = b[:min_chars]
    if len(head) == min_chars:
        pos = a.find(head)
        while pos >= 0:  # the earliest place where the rest of `a` is where `b` starts: the longest overlap
            if b.startswith(a[pos:]):
                return a[:pos] + b
            pos = a.find(head, pos + 1)
    return f"{a}\n{b}"


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance, for short strings (numbers, names)."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def within_one_edit(a: str, b: str) -> bool:
    """Levenshtein distance ≤ 1 without the table: the first difference, then the rest must match. Every sentence
    of every document is tried against every name in one to three words: the table made this a third of an ingest."""
    if a == b:
        return True
    if len(a) > len(b):
        a, b = b, a
    if len(b) - len(a) > 1:
        return False
    i = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), len(a))
    return a[i + 1 :] == b[i + 1 :] if len(a) == len(b) else a[i:] == b[i + 1 :]
