"""How an answer is shown: phone numbers tap to call, and a web address from a document is only a live link when we
can vouch for its host (red team C15: a planted "https://evil.example/hulp" was one tap away in the public chat)."""

from __future__ import annotations

from assistant.answering.models import Answer, Source
from assistant.web.render import answer_pieces, link_phones, quiet_links


def test_an_unknown_host_is_text_and_an_official_one_stays_a_link() -> None:
    shown = quiet_links("Klik op bel 112 hier (https://evil.example/phish) of kijk op https://www.113.nl/chat.", set())
    assert "(`https://evil.example/phish`)" in shown
    assert "https://www.113.nl/chat." in shown and "`https://www.113.nl" not in shown
    assert quiet_links("zie wetten.overheid.nl of www.zorgvoorjeugd.nl/x", set()) == (
        "zie wetten.overheid.nl of `www.zorgvoorjeugd.nl/x`"
    )


def test_the_website_of_a_cited_card_stays_a_link() -> None:
    card = Source(
        doc="sociale-kaart/regio.yaml",
        title="Wijkteam Helmond",
        kind="sociale_kaart",
        text="Wijkteam Helmond: hulp bij opvoeden.",
        score=0.8,
        service={"website": "https://www.wijkteamhelmond.nl", "phone": "0492-123456"},
    )
    answer = Answer(
        question="waar vind ik hulp?",
        answer="Kijk op https://www.wijkteamhelmond.nl/opvoeden of bel 0492-123456. [1] Of https://evil.example. [1]",
        refused=False,
        sources=[card],
    )
    text = " ".join(answer_pieces(answer))
    assert "https://www.wijkteamhelmond.nl/opvoeden" in text and "`https://www.wijkteamhelmond.nl" not in text
    assert "`https://evil.example`" in text
    assert "[0492-123456](/bel/0492123456)" in text


def test_phone_numbers_become_call_links_once() -> None:
    assert link_phones("Bel 0800-2000 of 112.") == "Bel [0800-2000](/bel/08002000) of [112](/bel/112)."
    assert link_phones("[0800-2000](/bel/08002000)") == "[0800-2000](/bel/08002000)"


def test_the_source_panel_shows_a_planted_link_as_text() -> None:
    """Round 3 (R57): a document's "[kindertelefoon.nl](https://kindertelefoon-chat.example)" was live in the panel."""
    from assistant.web.render import source_markdown

    doc = Source(
        doc="privacy/hulp.md",
        title="Hulp",
        kind="privacy",
        text="Chat met [kindertelefoon.nl](https://kindertelefoon-chat.example) of kijk op https://www.113.nl.",
        score=0.7,
    )
    panel = source_markdown(doc)
    assert "](https://kindertelefoon-chat" not in panel
    assert "`https://kindertelefoon-chat.example`" in panel and "https://www.113.nl" in panel
