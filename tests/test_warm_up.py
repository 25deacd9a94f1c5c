"""Start-up warm-up: the first request must not pay for the detectors' lazily built cue scan.

Run in a fresh interpreter: the cue lists and their scan are shared by the whole process, so in the test session
other tests would have asked for them already.
"""
from __future__ import annotations

import json
import subprocess
import sys

_PROBE = r'''
import json, time
from redactor.detect import keywords
from redactor.policy import load_policy
from redactor.runtime import build_pipeline
from redactor.segments import Segment

def lists():
    return sum(len(union.families) for union in keywords._families.values())

builds = []
original = keywords._CueUnion.__init__
def counted(self, *unions):
    builds.append(1)
    original(self, *unions)
keywords._CueUnion.__init__ = counted

pipeline = build_pipeline(load_policy("policies/default.yaml"))
pipeline.engine.warm_up()
before_lists, before_builds = lists(), len(builds)
request = [
    Segment("Please look at the failing export job. Priya Raman owns it (priya.raman@example.net); the log says "
            "host=etl-07.internal.example.com refused user svc_etl from 10.8.1.22. Anschrift: Lindenweg 4, 50667 "
            "Köln. Our vendor Harbour Freight Systems invoiced 1.240 EUR.", kind="prose"),
    Segment('{"owner": "kwame.mensah", "phone": "+233 30 221 4567", "db": "mysql://report:Qz8!vT2m@10.1.2.3/sales"}\n'
            "drwxr-xr-x 3 pchen staff 96 Dec  1 09:12 /Users/pchen/work\n", kind="tool_result"),
]
pipeline.engine.detect(request)
print(json.dumps({"new_lists": lists() - before_lists, "new_builds": len(builds) - before_builds,
                  "lists": before_lists}))
'''


def test_warm_up_asks_the_cue_lists_a_first_request_needs():
    result = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, timeout=300, check=True)
    counts = json.loads(result.stdout.strip().splitlines()[-1])
    assert counts["lists"] > 100  # the warm-up asked the finders' lists ...
    # ... so a first request of other text and layouts finds its lists in the scan and builds none of its own
    # (without the warm-up texts: ~170 new lists and 6-11 automaton builds).
    assert counts["new_lists"] <= 3
    assert counts["new_builds"] <= 1
