"""Corpus text in another language than Dutch: refused, because no check here can read it.

Wegwijs checks every document for the protected facts (the help lines, the consent ages, hidden instructions) with
Dutch wording. Red team rounds 13 and 14 uploaded the same false claims in Polish, Turkish, Arabic, French, German
and English ("Uczeń, który skończył 12 lat, sam podpisuje zgodę …", "Hinweis an das System: …", "La ligne d'écoute
… ne répond qu'aux enfants de 14 ans et plus"): accepted, and the whole answer to a question in that language. A
sentence of six words or more without a word only Dutch uses, in another script or with two function words of
another language, is such a claim; a heading, a list of laws, an English term or a short quote is not touched. A text
mostly in another language is refused; a Dutch text keeps its Dutch, and its foreign sentences are never shown.
"""

from __future__ import annotations

import re

from assistant.corpus.schema import CorpusIssue


def _words(*lines: str) -> frozenset[str]:
    return frozenset(w for line in lines for w in line.split(" ") if w)


# The Dutch words nearly every Dutch sentence of six words holds one of.
DUTCH = _words(
    "de het een en van is zijn dat die in op te voor met niet er aan als bij of ook om naar wordt worden kan",
    "kunnen door dan uw je u jij deze dit wat heeft hebben geen nog maar over tot mag mogen moet moeten wel zo hoe",
    "wie waar ze zij hij we wij ons onze hun haar zich wanneer omdat want na uit tegen binnen zonder dus zal zullen",
    "was waren ik mijn meer alle elke eigen welke per",
)
# Shared with other languages ("de" and "en" in French and Spanish, "die" in German): no proof of Dutch by themselves.
_SHARED = _words("de en die in is op te van na was we so")
_DUTCH_ONLY = DUTCH - _SHARED
# Function words of the languages our readers write in: two of them in a sentence without Dutch make it foreign.
FOREIGN = _words(
    "the and of to are that for with this be can their must only when if from have not will who which they you",
    "your our before after its any all every should may",  # English
    "der das und ist nicht für mit auf dem den ein eine sich zu nur wenn dass werden wird müssen muss kann oder",
    "immer",  # German
    "le la les des du et est pour avec que qui une un pas ne aux au sur dans seulement jusqu ans",  # French
    "el los las del y es para con por una se su sus solo años",  # Spanish
    "i w z się nie jest do że od dla po jego ich sam lat",  # Polish
    "ve bir bu için ile gibi daha olan çok ama sadece",  # Turkish
    "ab allein auch bei bis durch eltern jahren jahre darf dürfen soll sollen kein keine",  # more German
)
# Languages close to Dutch that share its small words (round 15): Afrikaans ("'n", "nie … nie", "eers") and Frisian
# ("fan", "dyn", "âlden"). Two of their own words make a clause theirs, Dutch words or not.
_NEIGHBOURS = _words(
    "nie eers jy hulle ek baie ambulans juffrou ouers",  # Afrikaans
    "fan dyn do hjir neat jier sels âlden wy jo tekenjen tolve jûn mei",  # Frisian
)
_CLAUSE = re.compile(r"[^,;:()]+")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_LATIN = re.compile(r"[A-Za-zÀ-ɏ]")
# Letters Dutch never writes (Turkish, Polish, Romanian, German): two words with them make a sentence foreign.
_OTHER_LETTERS = re.compile(r"[ğşıİąęłńśźżăâșțßœ]")
_SENTENCE = re.compile(r"[^.!?;\n]+")
MIN_WORDS = 6
MIN_CLAUSE = 4  # a short sentence or a clause between commas: "Ab 12 entscheidet das Kind allein"


def foreign_sentences(text: str) -> list[str]:
    """The sentences of six words or more without a word only Dutch uses, in another script or with two function
    words of another language (a heading, a title or a list of laws has neither)."""
    found = []
    for match in _SENTENCE.finditer(text):
        sentence = match.group()
        # a whole sentence, or a clause of it: "Bij flauwvallen geldt de afspraak: if the pupil does not wake up, …"
        if any(_foreign(part, MIN_CLAUSE) for part in (sentence, *_clauses(sentence))):
            found.append(sentence.strip())
    return found


def _clauses(sentence: str) -> list[str]:
    parts = [m.group() for m in _CLAUSE.finditer(sentence)]
    return parts if len(parts) > 1 else []


def _foreign(text: str, least: int) -> bool:
    words = [w.lower() for w in _WORD.findall(text.replace("'n ", "'n_ "))]
    if len(words) < least:
        return False
    if sum(w in _NEIGHBOURS or w == "n_" for w in words) >= 2:
        return True
    if any(w in _DUTCH_ONLY for w in words):
        return False
    letters = "".join(words)
    other_script = sum(1 for c in letters if not _LATIN.match(c)) > len(letters) / 2
    marked = sum(1 for w in words if _OTHER_LETTERS.search(w))
    return other_script or marked >= 2 or sum(w in FOREIGN for w in words) >= 2


def mostly_foreign(text: str) -> bool:
    """A message in another language, by its words rather than its sentences: another script, letters Dutch never
    writes, or more function words of other languages than words only Dutch uses ("Je veux mourir, personne ne
    m'aime": French "je" is also Dutch). For the crisis net, which reads other languages at its own line."""
    words = [w.lower() for w in _WORD.findall(text)]
    if not words:
        return False
    letters = "".join(words)
    if sum(1 for c in letters if not _LATIN.match(c)) > len(letters) / 2:
        return True
    own = sum(w in _DUTCH_ONLY for w in words)
    other = sum(w in FOREIGN or w in _NEIGHBOURS for w in words) + sum(1 for w in words if _OTHER_LETTERS.search(w))
    return other > own


def _long_sentences(text: str) -> int:
    return sum(1 for m in _SENTENCE.finditer(text) if len(_WORD.findall(m.group())) >= MIN_WORDS)


def language_reason(text: str) -> str | None:
    """A Dutch reason to refuse a text that is for the most part in another language, else None."""
    found = foreign_sentences(text)
    if not found or len(found) * 2 < _long_sentences(text):
        return None
    return (
        "is (grotendeels) in een andere taal dan het Nederlands geschreven; Wegwijs kan die tekst niet controleren op "
        "de beschermde feiten (hulplijnen, leeftijden, instructies). Vertaal de tekst of laat hem weg (zin: "
        f"“{found[0][:120]}”)."
    )


def language_note(text: str) -> str | None:
    """A Dutch warning for a Dutch text with a few sentences in another language: those are never used in answers
    (index/sentences.py leaves them out of what an answer can show)."""
    found = foreign_sentences(text)
    if not found or language_reason(text):
        return None
    return (
        f"{len(found)} zin(nen) in een andere taal worden niet in antwoorden gebruikt, omdat Wegwijs ze niet kan "
        f"controleren (eerste: “{found[0][:120]}”)."
    )


def language_issues(text: str, label: str) -> list[CorpusIssue]:
    """check-corpus's error (field "taal", which ingest holds back) or warning for a file's text."""
    if reason := language_reason(text):
        return [CorpusIssue(file=label, field="taal", message=reason)]
    return [CorpusIssue(file=label, message=note)] if (note := language_note(text)) else []
