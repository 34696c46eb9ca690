"""One call before anything else: personal data out, crisis signals read from the original text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from assistant.safety.crisis import detect_crisis
from assistant.safety.crisis_words import Crisis
from assistant.safety.pii import _apply, find_personal_data, names_active
from assistant.text import as_shown, prompt

NOUNS = {
    "naam": ("een naam", "namen"),
    "bsn": ("een BSN", "BSN's"),
    "telefoon": ("een telefoonnummer", "telefoonnummers"),
    "e-mail": ("een e-mailadres", "e-mailadressen"),
    "iban": ("een rekeningnummer", "rekeningnummers"),
    "adres": ("een adres", "adressen"),
    "datum": ("een datum", "datums"),
    "school": ("een schoolnaam", "schoolnamen"),
}


PRIVACY_PROMPT = "persoonsgegevens.md"


@dataclass(frozen=True)
class Screening:
    """A question after screening: the text to search and store, what was taken out, and any crisis signal."""

    text: str
    categories: tuple[str, ...]  # in order of first appearance, each once
    counts: tuple[tuple[str, int], ...]
    crisis: Crisis | None
    names_checked: bool  # False: deduce was not (yet) available, only patterns ran

    @property
    def redacted(self) -> bool:
        return bool(self.categories)


def screen(text: str, wait_for_names: bool = True) -> Screening:
    """Redact personal data and look for a crisis in one call; crisis detection reads the original text.

    Both read it as shown: "０６－１２３４５６７８" and "06\u200e-12…" are a phone number (red team round 9)."""
    text = as_shown(text) if text else text
    findings = find_personal_data(text, wait=wait_for_names)
    counts: dict[str, int] = {}
    for f in findings:
        counts[f.category] = counts.get(f.category, 0) + 1
    return Screening(
        text=_apply(text, findings) if text else text,
        categories=tuple(counts),
        counts=tuple(counts.items()),
        crisis=detect_crisis(text),
        names_checked=names_active(),
    )


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " en " + items[-1]


def privacy_notice(screening: Screening, prompts_dir: Path) -> str | None:
    """The kind notice that personal data was left out, e.g. "… ik heb een naam en een BSN weggelaten."; else None."""
    if not screening.redacted:
        return None
    nouns = [NOUNS[c][0 if n == 1 else 1] for c, n in screening.counts]
    return prompt(prompts_dir, PRIVACY_PROMPT).replace("{gegevens}", _join(nouns))


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def without_lone_surrogates(text: str) -> str:
    """A lone surrogate ("\\ud83d" sent as a JSON escape) cannot be encoded: replace it before anything reads it."""
    return _LONE_SURROGATE.sub("\ufffd", text)


SCREENED_CHARS = 1_000_000  # of a message that will not be answered: more is not read
_WINDOW, _OVERLAP = 20_000, 500


def help_first(text: str, prompts_dir: Path, audience: str = "ouder") -> tuple[list[str], str]:
    """The crisis help for a message that will not be answered (a rate limit, a size limit, an error): patterns only,
    no index needed. Returns (kinds, Dutch help text); ([], "") when there is no crisis signal."""
    from assistant.safety.crisis_help import crisis_message

    clean = without_lone_surrogates(text or "")[:SCREENED_CHARS]
    # The whole text in overlapping windows: a crisis after a long paste (red team round 13, 28,000 characters) or
    # in the middle of one (round 24: "ik wil dood." at 24 kB of 82 kB) counts too; the first window found speaks.
    starts = range(0, max(len(clean) - _OVERLAP, 1), _WINDOW - _OVERLAP)
    crisis = next((c for i in starts if (c := detect_crisis(clean[i : i + _WINDOW]))), None)
    if crisis is None:
        return [], ""
    return list(crisis.kinds), crisis_message(crisis, prompts_dir, audience)
