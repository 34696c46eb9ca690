"""Stage 5 — the web: the chainlit chat, the REST API, coordinators and the limits around them."""
