"""Generative answers: model backends, parsing the streamed output, and verifying every sentence against its source."""
