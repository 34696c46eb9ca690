"""What check-corpus refuses is not published: ingest holds the files it would (re)index to the same checks.

The red team (2026-12-04) gave Veilig Thuis another number by editing landelijk.yaml and running `assistant ingest`:
check-corpus said FOUT, ingest published it anyway, and so it did with a BSN, a line "tijdelijk gesloten" and a
national card of its own making. Now a file with such a safety error keeps its last good version (a new one is not
indexed) and the change report says why. A malformed row in a changed social-map file does the same, so no service
drops out of the answers. Errors of shape (a document without a title) stay the loader's to cope with: a real
document is indexed as well as it can be.
"""

from __future__ import annotations

from pathlib import Path

from assistant.corpus.check import check_corpus
from assistant.corpus.protected import LANDELIJK
from assistant.errors import CorpusError

# Errors about safety, not shape (a help line's number or state, a BSN): they hold the whole file back, also a new
# one. The national file is all safety: unsigned or wrong, its last good version serves.
# "landelijk-id": a national line's id in another file; "dubbel-id": a service's id taken by a second card (a look-alike
# "Wijkteam Tiel" with a 0900 number was served beside the real one, red team round 5)
# "leeftijd": the consent ages; "taal": text in another language, which none of these checks can read
SAFETY_FIELDS = ("phone", "bsn", "leeftijd", "landelijk-id", "dubbel-id", "taal")


def refused_files(corpus_dir: Path, todo: list[str], served: set[str]) -> dict[str, str]:
    """File → the Dutch reason check-corpus gives, for each file to (re)index that it refuses. ``served``: the files
    whose last good version the build can keep (a row error holds back only those; a new file indexes its good rows).
    """
    if not todo:
        return {}
    try:
        report = check_corpus(corpus_dir)
    except CorpusError:
        return {}  # no corpus folder: scanning found nothing to index either
    wanted, refused = set(todo), {}
    for issue in report.errors:
        if issue.file not in wanted or issue.file in refused:
            continue
        safety = issue.field in SAFETY_FIELDS or issue.file == LANDELIJK
        if not safety and not (issue.row is not None and issue.file in served):
            continue  # shape (a missing title, a bad row in a new file): the loader copes and reports it
        refused[issue.file] = f"check-corpus weigert dit bestand: {issue.message}"
    return refused
