"""Detectors: plug-ins that return Span records, and the engine that runs them."""
