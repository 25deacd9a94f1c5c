"""Pipeline stages: route (A), placeholders (B), rephrase (C), noise (H)."""
