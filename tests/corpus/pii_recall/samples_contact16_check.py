"""Check samples for round 16's contact mechanisms (contact16), written after the fixes and never tuned on."""

SAMPLES = []
