"""Measuring: evaluation on labelled sets, the guardrails' figures, the bench and the load test."""
