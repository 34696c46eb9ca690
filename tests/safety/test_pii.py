"""Personal data is replaced before storage; ordinary text is left alone; names are found with deduce."""

from __future__ import annotations

import importlib.metadata
import json
import time
from pathlib import Path

import pytest

from assistant.safety import names as names_module
from assistant.safety.crisis import detect_crisis
from assistant.safety.pii import bsn_valid, find_personal_data, names_active, names_status, redact, warm_pii
from assistant.safety.screening import privacy_notice, screen
from assistant.tools.safety_eval import evaluate_pii

EVAL = Path(__file__).parent.parent / "eval"
PROMPTS = Path(__file__).parent.parent.parent / "prompts"


@pytest.fixture(scope="module", autouse=True)
def deduce_loaded() -> None:
    """Load deduce once for the module (CI pre-builds its cache in .ci/setup; without it the first load builds it)."""
    warm_pii(background=False)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("mijn mail is ouder.jansen@gmail.com", "[E-MAIL]"),
        ("bel me op 06-12345678", "[TELEFOON]"),
        ("of op 0492 123456", "[TELEFOON]"),
        ("+31 6 12345678 is mijn nummer", "[TELEFOON]"),
        ("BSN 111222333", "[BSN]"),
        ("bsn: 1112.22.333", "[BSN]"),
        ("burgerservicenummer 1234/56/782 van mijn dochter", "[BSN]"),
        ("dat van mijn kind 123_456_782", "[BSN]"),
        ("burgerservicenummer 1234 / 56 / 782 van mijn dochter", "[BSN]"),
        ("mijn bsn is 123\u2013456\u2013782 wat moet school ermee", "[BSN]"),
        ("rekening NL91ABNA0417164300", "[IBAN]"),
        ("we wonen op 5701 AB 12 in Helmond", "[ADRES]"),
        ("adres Kerkstraat 14", "[ADRES]"),
        ("geboren 03-04-2015", "[DATUM]"),
        ("geboortedatum 2015-04-03", "[DATUM]"),
    ],
)
def test_identifiers_are_replaced(text: str, label: str) -> None:
    out = redact(text)
    assert label in out


def test_bsn_needs_the_eleven_check() -> None:
    assert bsn_valid("111222333")
    assert not bsn_valid("123456789")
    assert redact("ordernummer 123456789") == "ordernummer 123456789"


@pytest.mark.parametrize(
    "text",
    [
        "Veilig Thuis is bereikbaar op 0800-2000.",  # national service numbers are help, not personal data
        "Mijn dochter van 14 zit in groep 8.",
        "De TLV geldt voor 2 jaar, tot 2027.",
    ],
)
def test_ordinary_text_is_unchanged(text: str) -> None:
    assert redact(text) == text


# -- names and the rest, with deduce ------------------------------------------------------------------------------


def test_deduce_is_active_with_the_newer_regex() -> None:
    """deduce 3.0.6 pins regex<2025; we keep transformers' newer regex and prove deduce still works with it."""
    assert names_status() == "ready", names_module.last_error()
    assert names_active()
    assert importlib.metadata.version("deduce") == "3.0.6"
    assert int(importlib.metadata.version("regex").split(".")[0]) >= 2025
    out = redact("Mijn dochter Sanne de Vries zit in groep 6; haar vader Mehmet Kaya belt morgen.")
    assert out == "Mijn dochter [NAAM] zit in groep 6; haar vader [NAAM] belt morgen."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Juf Marloes zegt dat Daan extra hulp nodig heeft.", "Juf [NAAM] zegt dat [NAAM] extra hulp nodig heeft."),
        ("De moeder, mevrouw Visser, belt op 0492-123456.", "De moeder, mevrouw [NAAM], belt op [TELEFOON]."),
        ("mijn zoon thijs van 12 heeft adhd", "mijn zoon [NAAM] van 12 heeft adhd"),
        ("Wij kregen Arrangement Rustpunt voor Daan.", "Wij kregen Arrangement Rustpunt voor [NAAM]."),
        ("het arrangement van Sanne de Vries loopt af", "het arrangement van [NAAM] loopt af"),
        ("Mijn zoon Oliwier Wiśniewski (8) verveelt zich.", "Mijn zoon [NAAM] (8) verveelt zich."),
        ("Ik ben Yusuf, vader van Zeynep en Ali.", "Ik ben [NAAM], vader van [NAAM] en [NAAM]."),
        ("Ons adres: Van Goghlaan 37, 5702 CD Helmond.", "Ons adres: [ADRES], [ADRES] Helmond."),
        ("Bel (040) 2345678 of 06 - 123 456 78.", "Bel [TELEFOON] of [TELEFOON]."),
        ("Zij is geboren op 3 maart 2014.", "Zij is geboren op [DATUM]."),
        ("BSN 131 860 914", "BSN [BSN]"),
        # A lowercase first name before the child's group or age (red team P4); a school word there stays.
        ("kan noah (groep 3) een rugzakje krijgen?", "kan [NAAM] (groep 3) een rugzakje krijgen?"),
        ("kan emma uit groep 5 mee op kamp?", "kan [NAAM] uit groep 5 mee op kamp?"),
        ("is lezen (groep 3) moeilijk?", "is lezen (groep 3) moeilijk?"),
        ("kan mijn kind (groep 3) een rugzakje krijgen?", "kan mijn kind (groep 3) een rugzakje krijgen?"),
        # Round 3: a school written lowercase; a kind of school stays
        ("mag fleur (groep 6 van obs de regenboog) mee?", "mag [NAAM] (groep 6 van [SCHOOL]) mee?"),
        ("kan daan uit groep 8 van de klimop naar het vso?", "kan [NAAM] uit groep 8 van [SCHOOL] naar het vso?"),
        ("mijn zoon zit in groep 3 van het sbo", "mijn zoon zit in groep 3 van het sbo"),
        # Round 3, R21: a lowercase full name keeps its surname with it, with or without a role word before it.
        ("mijn dochter lotte van der berg heeft adhd", "mijn dochter [NAAM] heeft adhd"),
        # red team round 7: "dossier van" was tried as a name first and used up "sanne"
        ("mag school het dossier van sanne de wit uit 4b sturen?", "mag school het dossier van [NAAM] uit 4b sturen?"),
        ("Juf zegt dat mijn kind PDD-NOS heeft", "Juf zegt dat mijn kind PDD-NOS heeft"),  # a diagnosis, no name
        ("bel mij terug op nul zes een twee drie vier vijf zes zeven acht", "bel mij terug op [TELEFOON]"),  # round 7
        ("mijn zoon (groep 6, De Regenboog Helmond) heeft ADHD", "mijn zoon (groep 6, [SCHOOL] Helmond) heeft ADHD"),
        ("mijn zoon (groep 6, het sbo) heeft adhd", "mijn zoon (groep 6, het sbo) heeft adhd"),
        (
            "hij is een van de twee kinderen die drie keer per week les heeft",
            "hij is een van de twee kinderen die drie keer per week les heeft",
        ),
        ("wat is een tlv voor noor van den bosch?", "wat is een tlv voor [NAAM]?"),
        ("mijn zoon mohammed el amrani zit in groep 4", "mijn zoon [NAAM] zit in groep 4"),
        ("mijn zoon sem van de week", "mijn zoon [NAAM] van de week"),
        ("de wens om met een schone lei te beginnen", "de wens om met een schone lei te beginnen"),
        ("Hoelang bewaart de basisschool het leerlingdossier?", "Hoelang bewaart de basisschool het leerlingdossier?"),
    ],
)
def test_names_and_identifiers_are_replaced(text: str, expected: str) -> None:
    assert redact(text) == expected


# Municipalities stay (they choose the region), and so do services, laws and school words.
DOMAIN = [
    "Welke hulp is er in Helmond, Deurne, Asten, Someren, Gemert-Bakel of Laarbeek?",
    "Wij wonen in Tiel; is er in Culemborg, Buren, West Betuwe, Zaltbommel of Maasdriel een taalklas?",
    "Is Veilig Thuis ook 's nachts bereikbaar, en De Kindertelefoon?",
    "Wat zegt de Jeugdwet over de zorgplicht van de gemeente?",
    "Kan ik bij het Sociaal Wijkteam Tiel of het Wijkteam Helmond terecht?",
    "Wat doet De Brug ambulante jeugd- en gezinshulp, en Cliëntondersteuning De Schakel?",
    "Is Jongerencentrum De Kelder Helmond open in de vakantie?",
    "Het Steunpunt Ouders & Onderwijs en de Geschillencommissie passend onderwijs helpen bij een conflict.",
    "Zelfmoordpreventie: 113 Zelfmoordpreventie helpt ook ouders.",
    "Inwoners van Tiel, Wadenoijen en Kapel-Avezaath kunnen bij het wijkteam terecht.",
    "Bron: de Wet op het primair onderwijs, artikel 40.",
    "My son is 10 and we live in Culemborg. Can he get homework help?",
    "Ik ben IB'er en onze leerling heeft een TLV voor het SBO.",
    "Vanaf 2025 is het ondersteuningsplan anders, tot 1 augustus.",
    # blind set 15: a plan's arrangement and a language were read as names
    "Ze loopt al twee jaar vast, ook met Arrangement Koers erbij.",
    "Hi, we moved to Tiel. My Dutch is not good yet, I speak English and Tigrinya.",
]


@pytest.mark.parametrize("text", DOMAIN)
def test_domain_sentences_are_not_redacted(text: str) -> None:
    assert find_personal_data(text) == [], [(f.category, text[f.start : f.end]) for f in find_personal_data(text)]


def test_shipped_corpus_has_no_names_of_people() -> None:
    corpus = Path(__file__).parent.parent.parent / "corpus"
    found = []
    for path in sorted(corpus.rglob("*")):
        if path.suffix in {".md", ".yaml", ".csv"}:
            text = path.read_text(encoding="utf-8")
            found += [(path.name, text[f.start : f.end]) for f in find_personal_data(text) if f.category == "naam"]
    assert found == []


@pytest.mark.parametrize("name", ["pii.jsonl", "pii_holdout.jsonl"])
def test_labelled_pii_set(name: str) -> None:
    figures = evaluate_pii(EVAL / name)
    print(name, figures["recall"], figures["recall_per_category"], "false positives:", figures["false_positives"])
    assert figures["names"] == "ready"
    assert figures["recall"] >= 0.9, figures["misses"]
    assert figures["recall_per_category"]["naam"] >= 0.85, figures["misses"]
    assert figures["false_positives"] == 0, figures["false_positive_findings"]


def test_pii_set_is_big_enough() -> None:
    rows = [json.loads(line) for line in (EVAL / "pii.jsonl").read_text(encoding="utf-8").splitlines() if line]
    assert len(rows) >= 50
    assert sum(1 for row in rows if not row["pii"]) >= 10
    for row in rows:
        for item in row["pii"]:
            if item["category"] == "bsn":
                assert bsn_valid(item["value"])


def test_screen_gives_one_answer_for_the_app() -> None:
    result = screen("Mijn dochter Fleur (BSN 111222333) wil niet meer leven. Bel 06-12345678.")
    assert result.text == "Mijn dochter [NAAM] (BSN [BSN]) wil niet meer leven. Bel [TELEFOON]."
    assert result.categories == ("naam", "bsn", "telefoon")
    assert result.crisis is not None and result.crisis.kinds == ("zelfdoding",)
    assert result.names_checked
    notice = privacy_notice(result, PROMPTS)
    assert notice == (
        "Je vraag werkt ook zonder namen en nummers. Daarom heb ik een naam, een BSN en een telefoonnummer weggelaten."
    )
    plain = screen("Hoe lang duurt een TLV in Helmond?")
    assert plain.text == "Hoe lang duurt een TLV in Helmond?" and not plain.redacted and plain.crisis is None
    assert privacy_notice(plain, PROMPTS) is None


def test_crisis_is_read_from_the_original_text() -> None:
    text = "Mijn dochter Sanne zegt dat ze dood wil"
    assert screen(text).crisis == detect_crisis(text)


def test_without_deduce_patterns_still_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(names_module, "engine", lambda wait=True: None)
    findings = find_personal_data("Sanne de Vries, 06-12345678")
    assert [f.category for f in findings] == ["telefoon"]
    assert redact("bel 06-12345678", names=False) == "bel [TELEFOON]"


def test_warm_call_is_fast() -> None:
    text = "Hallo, ik ben Fatima El Amrani, moeder van Yassin (9), bereikbaar op 06-12345678. " * 3
    find_personal_data(text)
    started = time.perf_counter()
    for _ in range(20):
        find_personal_data(text)
    per_call_ms = (time.perf_counter() - started) / 20 * 1000
    print(f"find_personal_data: {per_call_ms:.1f} ms per call ({len(text)} chars); load {names_module.load_seconds()}")
    assert per_call_ms < 200


def test_a_school_name_is_redacted_and_the_place_stays() -> None:
    """Issue 18: a school name plus a diagnosis identifies a child; the municipality still chooses the region."""
    assert redact("Mijn dochter gaat naar het Dr. Knippenbergcollege in Helmond.") == (
        "Mijn dochter gaat naar [SCHOOL] in Helmond."
    )


def test_a_failed_name_load_is_tried_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """A load that fails once (two threads importing at once can raise a deadlock error) must not switch name
    detection off for the life of the server: the next attempt loads it, and names are found."""
    real_load, calls = names_module._load, []

    def flaky() -> object:
        calls.append(1)
        if len(calls) == 1:
            raise ImportError("deadlock detected by _ModuleLock('docdeid')")
        return real_load()

    monkeypatch.setattr(names_module, "_state", names_module._State())
    monkeypatch.setattr(names_module, "_load", flaky)
    assert names_module.engine(wait=True) is not None
    assert names_module.status() == "ready" and len(calls) == 2
    assert "[NAAM]" in (redact("Mijn zoon Daan Jansen wacht op de TLV") or "")


def test_a_load_that_keeps_failing_gives_up_visibly(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> object:
        raise OSError("schijf weg")

    monkeypatch.setattr(names_module, "_state", names_module._State())
    monkeypatch.setattr(names_module, "_load", broken)
    assert names_module.engine(wait=True) is None
    assert names_module.status() == "unavailable" and "schijf weg" in (names_module.last_error() or "")
    assert names_module._state.attempts == names_module.MAX_ATTEMPTS


def test_a_bsn_grouped_any_way_is_redacted() -> None:
    """Red team, 2026-12-04: "1234 5678 2" and "12.34.56.782" were echoed back."""
    from assistant.safety.pii import redact

    text = "mijn bsn is 1234 5678 2 en dat van mijn kind 12.34.56.782, wat kan ik met een tlv?"
    assert redact(text, names=False) == "mijn bsn is [BSN] en dat van mijn kind [BSN], wat kan ik met een tlv?"
    assert redact("bel 06-12345678 of 0492 123 456", names=False) == "bel [TELEFOON] of [TELEFOON]"


def test_a_school_name_after_a_bare_t_is_redacted() -> None:
    from assistant.safety.pii import redact

    assert redact("kan hij (groep 3, basisschool t Startblok) een rugzakje krijgen?", names=False) == (
        "kan hij (groep 3, [SCHOOL]) een rugzakje krijgen?"
    )


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("mijn nummer is \uff10\uff16\uff0d\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18, bel me", "[TELEFOON]"),
        ("bel me op 06\u200e-12\u200e34\u200e56\u200e78 over het OPP", "[TELEFOON]"),
        ("mijn e-mail is j\u200b.devries\u200b@\u200bhotmail\u200b.com", "[E-MAIL]"),
        ("mijn email: jan(dot)devries(at)ziggo(dot)nl", "[E-MAIL]"),
        ("mijn mail is m.jansen at gmail punt com", "[E-MAIL]"),
        ("wij wonen op de Kerkstraat nummer zeventien in Helmond", "[ADRES]"),
        ("woont op Dorpsstraat twaalf in Deurne", "[ADRES]"),
        ("geboren op de twaalfde maart tweeduizendvijftien", "[DATUM]"),
        ("mijn zoon jayden-lee (9) heeft autisme", "[NAAM]"),
        ("onze daan uit 7b heeft autisme en wordt van school gestuurd", "[NAAM]"),
    ],
)
def test_personal_data_written_around_the_patterns_is_redacted(text: str, label: str) -> None:
    """Red team rounds 8 and 9: invisible marks, full-width digits and words for '@', numbers and dates."""
    from assistant.safety.screening import screen

    assert label in screen(text).text, screen(text).text


@pytest.mark.parametrize(
    "text",
    [
        "mag de school het OPP mailen?",
        "mijn zoon uit groep 7 heeft dyslexie",
        "in de Stationsstraat zijn twee scholen",
        "kijk at the school dot com",
    ],
)
def test_ordinary_words_near_the_new_patterns_stay(text: str) -> None:
    from assistant.safety.screening import screen

    assert screen(text).text == text


def test_digits_of_other_scripts_and_a_separate_accent_are_read_as_shown() -> None:
    """Red team round 10 (P1, P5): Arabic-Indic digits; 'Da\u0301an' with a combining accent split the name."""
    from assistant.safety.screening import screen

    assert "[TELEFOON]" in screen("bel me terug op ٠٦-١٢٣٤٥٦٧٨ over de TLV").text
    assert "an [NAAM]" not in screen("mijn zoon Da\u0301an Jansen (groep 6) heeft autisme").text


@pytest.mark.parametrize(
    "text", ["Onze zoon zit op het praktijkonderwijs en wordt in november 18.", "mijn dochter zit op het vso in Tiel"]
)
def test_a_kind_of_school_is_no_school_s_name(text: str) -> None:
    """Blind set 13 (q31): "zit op het praktijkonderwijs" was taken out as a school's name, with a notice."""
    assert not [f for f in find_personal_data(text) if f.category == "school"]


@pytest.mark.parametrize(
    "text",
    ["mijn dochter is geboren op vijf maart tweeduizend vijftien en heeft dyslexie", "geboren op vijf maart 2015"],
)
def test_a_birth_date_with_the_day_in_words_is_a_date(text: str) -> None:
    """Red team round 11 (P2): the day as a plain number word was not read as a date."""
    assert [f for f in find_personal_data(text) if f.category == "datum"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("jesse is 8 en heeft dyslexie, waar kan hij in Deurne bijles krijgen?", "jesse"),
        ("daan wordt 12 in mei", "daan"),
    ],
)
def test_a_lowercase_first_name_opening_the_question_with_an_age_is_a_name(text: str, name: str) -> None:
    """Red team round 11 (P8): name, age and diagnosis were kept; a pronoun or "het is 8 uur" is no name."""
    assert [text[f.start : f.end] for f in find_personal_data(text) if f.category == "naam"] == [name]
    for other in ("hij is 8 en heeft dyslexie", "het is 8 uur", "mama is 40 en werkt", "school is 5 minuten lopen"):
        assert not [f for f in find_personal_data(other) if f.category == "naam"], other


def test_a_name_that_runs_into_a_school_name_is_still_redacted() -> None:
    """Red team round 13 (M6): "Mijn dochter Fenna Groot van OBS De Klimop" lost the whole name span to the school
    (the name recogniser read "Fenna Groot van OBS"), and the API echoed the name back."""
    text = "Mijn dochter Fenna Groot van OBS De Klimop in Asten (BSN 123456782) heeft autisme, welke hulp is er?"
    found = [(f.category, text[f.start : f.end]) for f in find_personal_data(text)]
    assert ("naam", "Fenna Groot") in found and ("school", "OBS De Klimop") in found, found
