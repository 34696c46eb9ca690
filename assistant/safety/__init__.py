"""Guardrails that run before anything else: personal data out, crisis help in, instructions ignored."""
