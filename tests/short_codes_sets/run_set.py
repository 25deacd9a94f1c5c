"""Runs a set (dev.py / check.py) through the default policy's detection engine: which positives are covered, which
negatives get an ID_NUMBER finding. Usage: python tests/short_codes_sets/run_set.py tests/short_codes_sets/dev.py"""
import runpy
import sys

from redactor.pipeline import Pipeline
from redactor.policy import load_policy
from redactor.segments import Segment
from redactor.vault import MemoryVault

data = runpy.run_path(sys.argv[1])
engine = Pipeline(load_policy("default"), MemoryVault()).engine
covered = 0
for text, value in data["POSITIVES"]:
    spans = engine.detect([Segment(text, kind="prose")])[0]
    at = text.index(value)
    hit = any(s.start <= at and at + len(value) <= s.end for s in spans)
    covered += hit
    print("POS", "ok  " if hit else "MISS", value, [(s.kind, round(s.score, 2)) for s in spans if s.start <= at < s.end])
false = 0
for text in data["NEGATIVES"]:
    spans = engine.detect([Segment(text, kind="prose")])[0]
    ids = [text[s.start:s.end] for s in spans if s.kind in ("ID_NUMBER", "LICENSE_PLATE")]
    false += bool(ids)
    print("NEG", "FALSE" if ids else "ok   ", ids)
print(f"positives covered {covered}/{len(data['POSITIVES'])}, negatives with an id finding {false}/{len(data['NEGATIVES'])}")
