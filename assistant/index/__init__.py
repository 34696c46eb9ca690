"""Stage 2 — the index: files to passages (by file type), embedded into versioned builds with an atomic switch."""
