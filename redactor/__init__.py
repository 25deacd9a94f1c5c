"""redactor: a privacy-preserving proxy for LLM requests."""

__version__ = "0.1.0"
