"""Benchmarks that print numbers (`minutes bench …`)."""
