"""Names of people (and addresses, dates, phone numbers in free form) found with deduce, a Dutch de-identifier.

deduce (LGPL, rule- and lookup-based, no model download) matches Dutch first names, surnames, initials and titles in
context. Its full lookup structure takes minutes to build and about 1 GB of memory, mostly for lists we do not need
(street names, healthcare institutions). Wegwijs builds a pruned structure once, caches it next to the virtualenv,
and loads it in about a second after that; `warm()` does that in the background.

deduce tags many capitalised domain words as surnames ("Bron", "Wijkteam Helmond", "inwoners van Tiel"), and place
names are not personal data for us (the question's municipality picks the region). `person_spans` therefore keeps a
name only when it has real evidence (a first name, an initial or a title) or, for a bare surname, when the context
does not look like a heading, a service or a place.
"""

from __future__ import annotations

import importlib.util
import json
import logging
import os
import re
import shutil
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from assistant.safety.name_words import (
    _SURNAME_ROLES,
    AND_NAME,
    DOMAIN_WORDS,
    ENGLISH_WORDS,
    FIRST_SURNAME,
    INSTITUTION_END,
    INTERFIXES,
    NAME_GROUP,
    NAME_ROLE,
    NATIONALITY,
    PLACE_ALIASES,
    ROLE_NAME,
    SURNAME_AFTER,
    TITLES,
    surname_word,
)

log = logging.getLogger(__name__)

PROFILE = "wegwijs-1"  # bump when SKIP_LISTS or SKIP_ANNOTATORS change: the cache directory name carries it
SKIP_LISTS = {"street", "healthcare_institution", "hospital", "hospital_abbr"}
# Annotators we do not use (our own patterns cover BSN with the 11-check; ages and URLs are not personal data here).
SKIP_ANNOTATORS = {"street_lookup", "hospital", "institution", "age", "bsn", "identifier", "url", "patient_name"}
CACHE_FILE = Path("cache") / "lookup_structs.pickle"  # deduce's own layout under its cache_path

Status = Literal["ready", "loading", "not_loaded", "unavailable"]

WORD = re.compile(r"[\w'’-]+")


@dataclass(frozen=True)
class Span:
    """A piece of personal data deduce (with our context rules) found: category as in guard.LABELS."""

    category: str
    start: int
    end: int


@dataclass
class _State:
    engine: Any = None
    status: Status = "not_loaded"
    error: str | None = None
    load_seconds: float | None = None
    thread: threading.Thread | None = None
    attempts: int = 0  # failed loads so far


MAX_ATTEMPTS = 3


_state = _State()
_lock = threading.Lock()
_warm_lock = threading.Lock()


def importable() -> bool:
    """Whether deduce is installed at all (cheap: does not import it)."""
    return importlib.util.find_spec("deduce") is not None


def status() -> Status:
    if _state.status == "not_loaded" and not importable():
        return "unavailable"
    return _state.status


def last_error() -> str | None:
    return _state.error


def load_seconds() -> float | None:
    return _state.load_seconds


def _import_deduce() -> Any:
    """Import deduce without letting it configure the root logger (it calls logging.basicConfig to stdout, DEBUG)."""
    root = logging.getLogger()
    guard = None if root.handlers else logging.NullHandler()
    if guard:
        root.addHandler(guard)
    try:
        import deduce
        import deduce.deduce
    finally:
        if guard:
            root.removeHandler(guard)
    return deduce


def cache_dir() -> Path:
    """Where the pruned lookup structure lives: inside the virtualenv (rebuilt with it), else the user's cache."""
    name = f"deduce-{_deduce_version()}-{PROFILE}"
    venv = Path(sys.prefix) / "share" / "wegwijs" / name
    if (venv / CACHE_FILE).exists() or os.access(sys.prefix, os.W_OK):
        return venv
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "wegwijs" / name


def _deduce_version() -> str:
    from importlib.metadata import version

    return version("deduce")


def build_cache(target: Path | None = None) -> Path:
    """Build the pruned lookup structure (a few seconds; the full one takes 1–2 minutes) in deduce's cache format."""
    _import_deduce()
    from deduce.data.lookup.src import all_lists
    from deduce.deduce import _LOOKUP_LIST_PATH, Deduce
    from deduce.lookup_structs import (
        _LOOKUP_SET_LOADERS,
        _LOOKUP_TRIE_LOADERS,
        cache_lookup_structs,
        load_raw_itemsets,
    )
    from docdeid.ds import DsCollection, LookupSet

    target = target or cache_dir()
    tokenizer = Deduce._initialize_tokenizer(_LOOKUP_LIST_PATH)
    wanted = [p for p in all_lists if p.rsplit("/", 1)[-1].removeprefix("lst_") not in SKIP_LISTS]
    items = load_raw_itemsets(base_path=_LOOKUP_LIST_PATH, subdirs=wanted)
    structs = DsCollection()
    for name in set(items) - set(_LOOKUP_SET_LOADERS) - set(_LOOKUP_TRIE_LOADERS):
        lookup = LookupSet()
        lookup.add_items_from_iterable(items[name])
        structs[name] = lookup
    for name, load_set in _LOOKUP_SET_LOADERS.items():
        structs[name] = load_set(items)
    for name, load_trie in _LOOKUP_TRIE_LOADERS.items():
        if name not in SKIP_LISTS:
            structs[name] = load_trie(items, tokenizer)
    staging = target.parent / f".{target.name}.staging-{os.getpid()}-{threading.get_ident()}"
    try:
        cache_lookup_structs(lookup_structs=structs, cache_path=staging, deduce_version=_deduce_version())
        (target / CACHE_FILE).parent.mkdir(parents=True, exist_ok=True)
        os.replace(staging / CACHE_FILE, target / CACHE_FILE)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target


def _config() -> dict[str, Any]:
    from deduce.deduce import _BASE_CONFIG_FILE

    config = json.loads(Path(_BASE_CONFIG_FILE).read_text(encoding="utf-8"))
    config["annotators"] = {k: v for k, v in config["annotators"].items() if k not in SKIP_ANNOTATORS}
    return config


def _load() -> Any:
    started = time.perf_counter()
    _import_deduce()
    from deduce import Deduce

    target = cache_dir()
    if not (target / CACHE_FILE).exists():
        log.info("Naamherkenning: opzoekstructuur wordt eenmalig gebouwd in %s", target)
        build_cache(target)
    engine = Deduce(load_base_config=False, config=_config(), cache_path=target)
    _state.load_seconds = time.perf_counter() - started
    return engine


def engine(wait: bool = True) -> Any | None:
    """The loaded deduce instance; None when unavailable, or still loading and `wait` is False."""
    if _state.status == "ready":
        return _state.engine
    if _state.status == "unavailable":
        return None
    if not wait:  # never block the caller: start loading in the background and answer with patterns meanwhile
        warm(background=True)
        return None
    with _lock:  # a background warm-up holds the lock: waiting here waits for it
        while _state.status in ("not_loaded", "loading"):
            _state.status = "loading"
            try:
                _state.engine = _load()
                _state.status = "ready"
            except Exception as exc:  # deduce missing or broken: regex-only, visibly
                _state.attempts += 1
                _state.error = f"{type(exc).__name__}: {exc}"
                if not importable() or _state.attempts >= MAX_ATTEMPTS:
                    _state.status = "unavailable"
                    log.warning("Naamherkenning niet beschikbaar, alleen patronen: %s", _state.error)
                else:
                    # A load can fail for a passing reason (two threads importing at once can raise a deadlock
                    # error in one of them): try again rather than go without names for the life of the process.
                    _state.status = "not_loaded"
                    log.warning("Naamherkenning niet geladen (poging %d), opnieuw: %s", _state.attempts, _state.error)
    return _state.engine


def warm(background: bool = True) -> threading.Thread | None:
    """Load deduce once, by default in a daemon thread so a server can start answering meanwhile."""
    if _state.status in ("ready", "unavailable"):
        return None
    if not background:
        engine(wait=True)
        return None
    with _warm_lock:
        if _state.status == "loading":  # a load is already under way (this thread's or a caller's)
            return _state.thread
        _state.status = "loading"
        _state.thread = threading.Thread(target=engine, name="wegwijs-deduce-warm", daemon=True)
        _state.thread.start()
        return _state.thread


# --- Turning deduce's raw annotations into spans we trust -------------------------------------------------------

_NAME_TAG = re.compile(r"naam|initia|prefix|interfix|patient|pseudo")
_STRONG_TAG = re.compile(r"voornaam|initia|prefix")
_ADDRESS_END = re.compile(r"^.*?\d+(?:\s?[a-zA-Z]\b)?(?:\s?[A-Z]{2}\b)?")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n#*>(\"'“-])\s*$")


def _overlaps(a: Any, start: int, end: int) -> bool:
    return a.start_char < end and start < a.end_char


def known_first_name(ds: Any, word: str) -> bool:
    cap = word[:1].upper() + word[1:].lower()
    common = ds["whitelist"]
    return [cap] in ds["first_name"] and word.lower() not in common and word.lower() not in DOMAIN_WORDS


def person_spans(text: str, raw: list[Any], ds: Any) -> list[Span]:
    """Names from deduce's raw name annotations, after our evidence and domain rules, plus role-context names."""
    from deduce.annotation_processor import PersonAnnotationConverter
    from docdeid import AnnotationSet

    names = [a for a in raw if _NAME_TAG.search(a.tag)]
    places = [a for a in raw if a.tag == "locatie"]
    merged = PersonAnnotationConverter().process_annotations(AnnotationSet(names), text=text) if names else []
    spans: list[Span] = []
    for ann in merged:
        start, end = ann.start_char, ann.end_char
        words = list(WORD.finditer(text, start, end))
        titled = False
        while words and words[0].group().lower().rstrip(".") in TITLES and len(words) > 1:
            titled = titled or words[0].group().lower() != "de"
            words.pop(0)
        content = [w.group() for w in words if w.group().lower() not in INTERFIXES]
        if not words or not content or all(w.lower() in DOMAIN_WORDS for w in content):
            continue
        if INSTITUTION_END.search(content[-1]) or all(w.lower() in ENGLISH_WORDS for w in content):
            continue
        if " ".join(w.group() for w in words).lower() in PLACE_ALIASES:
            continue
        start = words[0].start()
        tags = {a.tag for a in names if _overlaps(a, start, end)}
        strong = titled or any(_STRONG_TAG.search(t) for t in tags)
        place_words = {text[p.start_char : p.end_char].lower() for p in places if _overlaps(p, start, end)}
        all_places = all(w.lower() in place_words or w.lower() in DOMAIN_WORDS for w in content)
        if not titled and all_places:
            continue
        if not strong:
            before = text[:start]
            prev = WORD.findall(before[-40:])
            after_capital = bool(prev) and prev[-1][:1].isupper() and prev[-1].lower() not in TITLES
            if (
                _SENTENCE_START.search(before)
                or after_capital
                or place_words
                or any(w.lower() in DOMAIN_WORDS or w.lower() in ds["whitelist"] for w in content)
            ):
                continue
        spans.append(Span("naam", start, end))
    for match in [*ROLE_NAME.finditer(text), *NAME_ROLE.finditer(text)]:
        role = match.group(0).split()[-1].lower() if match.re is ROLE_NAME and match.group(0).split() else ""
        keep = _role_name_words(match.group(1), ds, surname_role=role in _SURNAME_ROLES)
        if keep:
            base = match.start(1)
            spans.append(Span("naam", base + keep[0].start(), base + keep[-1].end()))
            # "De kinderen Senait en Filmon": the second name after "en" is a name too.
            also = AND_NAME.match(text, base + keep[-1].end())
            if also and also.group(1)[0].isupper() and _role_name_words(also.group(1), ds, surname_role=False):
                spans.append(Span("naam", also.start(1), also.end(1)))
    for match in NAME_GROUP.finditer(text):
        word = match.group(1)
        if known_first_name(ds, word) and word.lower() not in ds["common_word"]:
            spans.append(Span("naam", match.start(1), match.end(1)))
    for match in FIRST_SURNAME.finditer(text):
        first = match.group(1)
        known = known_first_name(ds, first) and first.lower() not in ds["common_word"]
        if known and surname_word(ds, match.group(3), match.group(2)):
            spans.append(Span("naam", match.start(1), match.end(3)))
    return [_with_surname(text, span, ds) for span in spans]


def _with_surname(text: str, span: Span, ds: Any) -> Span:
    """A name found as "[lotte]" keeps the surname that follows it: "lotte van der berg" is one name."""
    if span.category != "naam":
        return span
    tail = SURNAME_AFTER.match(text, span.end)
    if tail and surname_word(ds, tail.group(2), tail.group(1)):
        return Span("naam", span.start, tail.end())
    return span


def _is_known_name(ds: Any, word: str) -> bool:
    cap = word[:1].upper() + word[1:].lower()
    return [cap] in ds["first_name"] or [cap] in ds["surname"]


def _role_name_words(candidate: str, ds: Any, surname_role: bool) -> list[re.Match[str]]:
    """The words of `candidate` (text right after a role word) that are a name, from the first one on."""
    words = list(WORD.finditer(candidate))
    keep: list[re.Match[str]] = []
    for i, w in enumerate(words):
        word = w.group()
        lowered = word.lower()
        common = lowered in ds["whitelist"] and (i == 0 or not word[0].isupper())  # "Li Na": "na" is a word too
        if common and i == 0 and word[0].isupper() and len(words) > 1:
            nxt = words[1].group()
            common = not (nxt[0].isupper() and _is_known_name(ds, nxt))  # "meneer Wang Wei"
        if lowered in DOMAIN_WORDS or common or [word] in ds["placename"]:
            break
        if not word[0].isupper():
            # Lowercase ("mijn zoon thijs"): a known first name first, a known surname after it, or any
            # uncommon word after "mevrouw"/"familie" ("mevrouw ozturk").
            uncommon = lowered not in ds["whitelist"] and lowered not in ds["common_word"]
            if i == 0 and not (known_first_name(ds, word) or (surname_role and uncommon)):
                break
            if i > 0 and not (_is_known_name(ds, word) and uncommon):
                break
        if INSTITUTION_END.search(word) or NATIONALITY.search(word) or lowered in ENGLISH_WORDS:
            break
        keep.append(w)
    return keep


def other_spans(text: str, raw: list[Any]) -> list[Span]:
    """Addresses (street + number, postcode; not the place after it), full dates with a year, phone numbers."""
    spans = []
    for a in raw:
        piece = text[a.start_char : a.end_char]
        if a.tag == "locatie" and re.search(r"\d", piece):
            match = _ADDRESS_END.match(piece)
            if match:
                spans.append(Span("adres", a.start_char, a.start_char + match.end()))
        elif a.tag == "datum" and _YEAR.search(piece):
            spans.append(Span("datum", a.start_char, a.end_char))
        elif a.tag == "telefoonnummer":
            digits = re.sub(r"\D", "", piece)
            if len(digits) >= 10 and not digits.startswith(("0800", "0900", "112", "113")):
                spans.append(Span("telefoon", a.start_char, a.end_char))
        elif a.tag == "emailadres":
            spans.append(Span("e-mail", a.start_char, a.end_char))
    return spans


def is_place(word: str, wait: bool = True) -> bool:
    """Whether deduce knows `word` as a Dutch place name (False while deduce is not loaded)."""
    return (model := engine(wait=wait)) is not None and [word] in model.lookup_structs["placename"]


def find(text: str, wait: bool = True) -> list[Span] | None:
    """deduce's findings for `text`; None when deduce is unavailable (or still loading and `wait` is False)."""
    if (model := engine(wait=wait)) is None:
        return None
    doc = model.deidentify(text, disabled={"person_annotation_converter", "post_processing"})
    raw = list(doc.annotations)
    return person_spans(text, raw, model.lookup_structs) + other_spans(text, raw)
