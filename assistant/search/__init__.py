"""Stage 3 — search: hybrid retrieval over the serving build, with region, municipality and kind filters."""
