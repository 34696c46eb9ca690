"""What an ingest did, for the coordinator: added, changed, removed, stale, failed, and whether it was published."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, Field

from assistant.config import Settings
from assistant.index.loaders import CorpusFile
from assistant.index.store import FailedFile, Manifest
from assistant.records.audit import AuditLog


class ChangeReport(BaseModel):
    added: list[str] = Field(default_factory=list)
    changed: list[str] = Field(default_factory=list)
    removed: list[str] = Field(default_factory=list)
    unchanged: int = 0
    failed: dict[str, str] = Field(default_factory=dict)
    row_problems: list[str] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    embedded: int = 0
    sentences_embedded: int = 0
    passages: int = 0
    build_id: str | None = None
    seconds: float = 0.0
    # Indexed before, unreadable now: the previous version's passages stay in use (rel → why the new one failed).
    stale: dict[str, str] = Field(default_factory=dict)
    # Why this build was not published (too many passages or a national service lost); None when it was.
    blocked: str | None = None
    # Kept answers and source panels deleted because they quote text that left the corpus (records/forget.py).
    forgotten_answers: int = 0
    forgotten_panels: int = 0

    @property
    def has_changes(self) -> bool:
        return bool(self.added or self.changed or self.removed)

    def render(self) -> str:
        """The coordinator's view: what changed, what failed and why."""
        lines = [
            f"Toegevoegd: {len(self.added)}  Gewijzigd: {len(self.changed)}  Verwijderd: {len(self.removed)}  "
            f"Ongewijzigd: {self.unchanged}  Mislukt: {len(self.failed)}",
        ]
        lines += [f"  + {d}" for d in self.added]
        lines += [f"  ~ {d}" for d in self.changed]
        lines += [f"  - {d}" for d in self.removed]
        lines += [f"  ! {d}: {why}" for d, why in sorted(self.failed.items()) if d not in self.stale]
        lines += [f"Verouderd: {d} (vorige versie blijft in gebruik: {why})" for d, why in sorted(self.stale.items())]
        lines += [f"  ! {p}" for p in self.row_problems]
        lines += [f"  ! {w}" for w in self.warnings]
        if self.blocked:
            lines.append(f"Niet gepubliceerd: {self.blocked} De vorige index blijft in gebruik.")
        elif self.build_id:
            lines.append(
                f"Index bijgewerkt: {self.passages} passages, {self.embedded} opnieuw ingebed, "
                f"{self.sentences_embedded} nieuwe zinnen ingebed ({self.seconds:.1f} s)."
            )
            if self.forgotten_answers or self.forgotten_panels:
                lines.append(
                    f"Bewaarde antwoorden en bronpanelen met tekst die niet meer in het corpus staat, verwijderd: "
                    f"{self.forgotten_answers} antwoord(en), {self.forgotten_panels} paneel/panelen."
                )
        else:
            lines.append("Geen wijzigingen: de bestaande index blijft in gebruik.")
        return "\n".join(lines)


def audit_changes(
    settings: Settings,
    actor: str,
    build_id: str,
    todo: list[CorpusFile],
    failed: dict[str, FailedFile],
    report: ChangeReport,
    previous: Manifest | None,
) -> None:
    log = AuditLog(Path(settings.data_dir))
    for f in todo:
        action = "mislukt" if f.rel in failed else "gewijzigd" if f.rel in report.changed else "toegevoegd"
        if f.rel in report.stale:
            action = "verouderd"  # the new version failed; the previous one is still served
        reason = {"reason": failed[f.rel].reason} if f.rel in failed else {}
        log.append(actor, action, f.rel, f.sha256, build=build_id, **reason)
    for rel in report.removed:
        old = previous.files[rel].sha256 if previous else ""
        log.append(actor, "verwijderd", rel, old, build=build_id)
