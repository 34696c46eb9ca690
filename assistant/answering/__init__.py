"""Stage 4 — answering: the named pipeline from question to cited answer (or an honest refusal)."""
