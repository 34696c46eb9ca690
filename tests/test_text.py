"""Sentences as an answer shows them: whole, with their lists, never a fragment (assistant/text.py)."""

from __future__ import annotations

from assistant.text import blocks, english_share, is_fragment, list_kind, whole_sentences

STATUTE = """## Artikel 2

1. Een meldcode bevat ten minste de volgende elementen:

a. een stappenplan voor het omgaan met signalen;

b. een toebedeling van verantwoordelijkheden, en

c. specifieke aandacht voor bijzondere vormen van geweld.

2. Het stappenplan bevat ten minste de stap: het in kaart brengen van de signalen.

## Artikel 3

In dit besluit wordt verstaan onder:

- a. *meldcode:* meldcode huiselijk geweld;
- b. *melding:* melding van huiselijk geweld.
"""


def test_a_statute_member_keeps_its_lettered_items_and_stops_at_the_next_member() -> None:
    found = whole_sentences(STATUTE)
    assert found[0] == (
        "Een meldcode bevat ten minste de volgende elementen: een stappenplan voor het omgaan met signalen; een "
        "toebedeling van verantwoordelijkheden, en specifieke aandacht voor bijzondere vormen van geweld."
    )
    assert found[1].startswith("Het stappenplan bevat")
    # A heading ends the list; "- a." is a lettered item written as a bullet; emphasis markers are gone.
    assert found[2] == (
        "In dit besluit wordt verstaan onder: meldcode: meldcode huiselijk geweld; melding: melding van huiselijk "
        "geweld."
    )
    assert len(found) == 3
    assert not any(is_fragment(s) for s in found)


def test_list_kinds() -> None:
    lines = ("- item", "1. lid", "a. letter", "- b. letter", "1° graad", "- 2°. graad", "(2) lid", "Tekst")
    assert [list_kind(x) for x in lines] == ["-", "1", "a", "a", "°", "°", "(", ""]
    assert blocks("regel een\nloopt door\n\n# Kop\n- punt") == [("regel een loopt door", ""), ("", ""), ("punt", "-")]


def test_fragments_are_never_answer_sentences() -> None:
    for fragment in (
        "omgang ernstig nadeel zou opleveren voor de ontwikkeling van het kind, of",  # an item without its lead-in
        "De rechter ontzegt het recht op omgang slechts, indien:",  # a lead-in without its list
        "https://wetten.overheid.nl/BWBR0003420",
        "Telefoon: 0800",
    ):
        assert is_fragment(fragment), fragment
    assert not is_fragment("'s Avonds is de school telefonisch niet bereikbaar.")
    assert not is_fragment("De school beslist binnen zes weken (WPO art. 40 lid 7).")


def test_english_share_tells_an_english_question_from_a_dutch_one() -> None:
    assert english_share("How long is the school allowed to keep the medical information?") > 0.3
    assert english_share("Hoe lang mag de school de medische gegevens van mijn kind bewaren?") == 0.0
    assert english_share("") == 0.0


def test_a_bracket_after_an_unfinished_line_is_the_sentence_going_on() -> None:
    wrapped = "Is het nodig, dan kan de leerling twee dagen naar de Koersklas in Tiel\n(po) of Zaltbommel (vo)."
    assert whole_sentences(wrapped) == [
        "Is het nodig, dan kan de leerling twee dagen naar de Koersklas in Tiel (po) of Zaltbommel (vo)."
    ]
    listed = "Je mag het gesprek overslaan als:\n(a) het kind gevaar loopt;\n(b) de ouders het contact verbreken."
    assert whole_sentences(listed) == [
        "Je mag het gesprek overslaan als: het kind gevaar loopt; de ouders het contact verbreken."
    ]


def test_a_bold_label_with_a_full_stop_stays_with_its_item() -> None:
    text = (
        "De samenwerking met gemeenten:\n\n"
        "- **Eén gezin, één plan.** Als een kind op school en thuis hulp krijgt, maken school en ouders één plan.\n"
        "- **Onderwijs-zorgarrangementen (Peelbrug).** Samenwerkingsverband en gemeenten betalen samen.\n"
    )
    (sentence,) = whole_sentences(text)
    assert "Onderwijs-zorgarrangementen (Peelbrug): Samenwerkingsverband en gemeenten betalen samen." in sentence
    assert "één plan: Als een kind" in sentence


def test_a_link_in_a_source_shows_its_address_and_never_runs() -> None:
    """Red team, 2026-12-04: a document's "[bel 112 hier](https://…)" became a live link with hidden address."""
    text = (
        "Bij acuut gevaar klik je op [bel 112 hier](https://evil.example/phish) of kijk bij "
        "[Veilig Thuis](javascript:alert(1)). Meer op [de site](https://veiligthuis.nl)."
    )
    assert whole_sentences(text) == [
        "Bij acuut gevaar klik je op bel 112 hier (https://evil.example/phish) of kijk bij Veilig Thuis.",
        "Meer op de site (https://veiligthuis.nl).",
    ]


def test_a_source_sentence_never_answers_yes_or_no_to_another_question() -> None:
    """Red team: "Is Veilig Thuis 's nachts gesloten?" got "Ja, je mag bij Veilig Thuis melden …"."""
    assert whole_sentences("Ja, je mag bij Veilig Thuis melden zonder toestemming van de ouders.") == [
        "Je mag bij Veilig Thuis melden zonder toestemming van de ouders."
    ]


def test_a_long_list_of_sentences_is_split_in_its_items_and_a_table_is_not() -> None:
    """Blind set 11: a guidance file's steps ran together across items ("Stuur de lijst niet nog een keer door;
    Meld het meteen intern …"); a table of short items ("TLV so: twee schooljaren") must stay one sentence."""
    from assistant.text import whole_sentences

    steps = (
        "Handel direct:\n"
        "1. **Beperk de schade**: probeer de mail terug te halen en vraag de ontvanger om de gegevens te verwijderen "
        "en dat schriftelijk te bevestigen. Stuur de lijst niet nog een keer door.\n"
        "2. **Meld het meteen intern** bij de privacycontactpersoon, de directie en de functionaris "
        "gegevensbescherming, volgens de datalekprocedure van de school. Wacht niet tot je zeker weet dat het erg is.\n"
        "3. De school beoordeelt het risico en meldt het datalek zonder onredelijke vertraging en zo mogelijk binnen "
        "72 uur nadat zij ervan weet bij de Autoriteit Persoonsgegevens. Dat hoeft niet als er geen risico is.\n"
        "4. Is het risico waarschijnlijk hoog, dan informeert de school ook de betrokken leerlingen en ouders.\n"
    )
    found = whole_sentences(steps)
    assert found[0].startswith("Handel direct: Beperk de schade:"), found
    assert "Stuur de lijst niet nog een keer door." in found, found
    assert any(s.startswith("Meld het meteen intern") for s in found), found
    table = "In Rivierenland-Oost geldt:\n- TLV sbo: drie schooljaren, of korter als de leerling eerder vertrekt\n"
    table += (
        "- TLV so: twee schooljaren\n- TLV vso: twee schooljaren; " + "voor leerlingen in een uitstroomprofiel " * 12
    )
    assert (
        whole_sentences(table)[0].startswith("In Rivierenland-Oost geldt: TLV sbo")
        and "TLV so: twee" in whole_sentences(table)[0]
    )


def test_text_is_read_as_shown() -> None:
    """Red team round 9: what a reader sees is what every check and the index read."""
    from assistant.text import as_shown

    assert as_shown("BSN: 1\u200b1\u200b1\u200b2\u200b2\u200b2\u200b3\u200b3\u200b3") == "BSN: 111222333"
    assert as_shown("D\u0430\u0430n J\u0430nsen") == "Daan Jansen"  # Cyrillic a's in a Latin word
    assert as_shown("Let op: \u202esiuht gilieV\u202c is dicht") == "Let op: Veilig thuis is dicht"
    assert as_shown("\uff10\uff16\uff0d\uff11\uff12") == "06-12"  # full-width digits
    assert as_shown("\u24ea\u2467") == "08"  # circled digits
    assert as_shown("Σ is een Griekse letter in λόγος") == "Σ is een Griekse letter in λόγος"  # one script: kept


def test_question_frame_words_are_no_content() -> None:
    """Blind set 15 q27: "welke kinderen vallen precies onder cluster 4?" was refused because "precies" and "vallen"
    are in no source, so the question's covered share looked small; they frame the question, they do not ask."""
    from assistant.text import content_words

    assert content_words("welke kinderen vallen precies onder cluster 4?") == ["cluster"]
    assert "eigenlijk" not in content_words("wat is eigenlijk een TLV?")


def test_list_runs_give_each_item_of_a_long_list_once_in_order() -> None:
    from assistant.text import list_runs

    items = [f"{n}. **Stap {w}.** Doe hier iets dat een hele zin is met genoeg woorden erin, zoals {w} vraagt."
             for n, w in enumerate(("een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht"), 1)]
    text = "Er zijn acht stappen:\n" + "\n".join(items) + "\n\nEen losse zin daarna die geen item is."
    runs = list_runs(text)
    assert len(runs) == 1 and len(runs[0]) == 8
    assert runs[0][0].startswith("Er zijn acht stappen: Stap een")
    assert all(f"Stap {w}" in r for w, r in zip(("twee", "drie"), runs[0][1:3], strict=True))
    assert not any("losse zin" in r for r in runs[0])


def test_a_short_list_is_no_run_it_is_one_sentence() -> None:
    from assistant.text import list_runs

    assert list_runs("U kunt bezwaar maken bij:\n- de school;\n- de commissie.") == []


def test_a_list_item_that_asks_keeps_its_answer() -> None:
    """Blind set 16 q30: "Is er sprake van acute onveiligheid?" shown without "Zo ja, dan meld je altijd" read as if
    every suspicion had to be reported. The shipped meldcode guidance's own list."""
    from pathlib import Path

    from assistant.text import list_runs

    text = (Path(__file__).resolve().parent.parent / "corpus" / "privacy" / "meldcode-vijf-stappen.md").read_text()
    run = next(r for r in list_runs(text) if r[0].startswith("De afwegingsvragen"))
    at = run.index("Zo ja, dan meld je altijd bij Veilig Thuis.")
    assert run[at - 1].startswith("Is er sprake van acute of structurele onveiligheid?")
    assert run[-1] == "Zo niet, dan meld je alsnog."
