"""Stage 1 — the corpus: what a file may say, reading it, the whole-corpus check and the coordinator's changes."""
