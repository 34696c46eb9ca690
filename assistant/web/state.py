"""The chat process's shared objects (settings, the serving engine, the audit log, the limits), made once, on
first use rather than at import, so that importing a web module has no side effects."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from assistant.config import Settings, get_settings
from assistant.records.audit import AuditLog
from assistant.records.retention import purge
from assistant.safety.pii import warm_pii
from assistant.serving import Engine
from assistant.web.limits import RateLimiter

log = logging.getLogger("wegwijs.web")


@dataclass
class Web:
    settings: Settings
    engine: Engine
    audit: AuditLog
    question_limit: RateLimiter
    api_limit: RateLimiter
    login_limit: RateLimiter


@lru_cache(maxsize=1)
def web() -> Web:
    """The one set of shared objects of this process; retention runs once here (never blocking the start)."""
    settings = get_settings()
    state = Web(
        settings=settings,
        engine=Engine(settings),
        audit=AuditLog(Path(settings.data_dir)),
        question_limit=RateLimiter(settings.questions_per_minute, 60.0),
        api_limit=RateLimiter(settings.api_requests_per_minute, 60.0),
        login_limit=RateLimiter(settings.login_attempts_per_10_min, 600.0),
    )
    try:
        log.info("Bewaartermijnen toegepast: %s", purge(settings).render())
    except Exception as exc:  # retention must never keep the chat from starting
        log.warning("Bewaartermijnen niet toegepast: %s", exc)
    return state


def start_warm_up() -> None:
    """Load the index, the models and the screening in the background, so the first question does not wait."""

    def warm_up() -> None:
        engine = web().engine
        warm_pii(background=False)  # deduce's name lists
        try:
            engine.answerer().crisis_by_meaning("warm")  # the embedding model and the crisis net
        except Exception as exc:  # the chat reports a missing index per question, in Dutch
            log.warning("Index niet geladen: %s", exc)
        engine.watch()  # from now on, follow builds made by other processes (assistant ingest, another chat)

    threading.Thread(target=warm_up, daemon=True, name="wegwijs-warm-up").start()
