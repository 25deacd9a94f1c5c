"""Redaction latency: p50/p99 for 1 KB, 10 KB and 100 KB inputs, regex-only and with NER.

Runs the same Pipeline the proxy runs (memory vault, detection cache defeated by
making every input unique). Prints absolute numbers and per-KB figures, and the
NER/regex ratio from the same run. Targets (issue 2): regex-only p50 <= 1 ms per
KB; with NER p50 <= 15 ms for 1 KB.

Then the regex path against issue 14's budget (secrets+PII+infra <= 1 ms of CPU
per KB, at 1 KB and 10 KB), and the secrets detector alone on the test corpus
at 10 KB and 100 KB; then the pattern detectors one by one,
each timed in the same run on the same texts, in µs/KB: secrets with and without
the Kingfisher catalogue (the ratio is what adopting it costs), PII, infra, and
the decoded views (issue 13) on plain text and on text full of encodings.
With --baseline ROOT, secrets+PII+infra CPU time of another checkout (say the
main branch) is measured in the same run, for a before/after ratio, and so is the
detection (default policy without NER) of Claude Code's first request seen for
the first time (tests/fixtures/agents), in alternating processes.

With --fresh (and --detectors-only), the regex-path table is measured again on texts whose values are new in
each text (_fresh_text_of_size): the plain texts repeat their values from text to text, so per-value memos hit.
With --baseline too, the paired comparison with the other checkout times both kinds of text.

With --finders [N], only the cost of each finder the three detect methods call (their own methods and the
module functions they name: inclusive CPU us/KB, a finder's generator drained where it is called, nested finders
counted once, in their caller) at 1 KB and 10 KB, the N dearest: where the regex path's time goes.

With --prose-baseline ROOT, only the CPU time of the whole Pipeline on 4 KB prose
requests (proxy_overhead.prose_text, with 0 and with 12 names, default policy,
every text new) is measured, for this tree and ROOT in alternating processes;
every run is printed, and the ratio of the medians.

    .venv/bin/python benchmarks/redaction_latency.py [--rounds N]
"""
from __future__ import annotations

import argparse
import itertools
import statistics
import time
from pathlib import Path

from redactor.core import RequestContext
from redactor.policy import load_policy
from redactor.runtime import build_pipeline
from redactor.segments import Segment

_PARAGRAPHS = [
    "Hi team, Maria Gonzalez from the Denver office asked me to rotate the staging keys before Friday. "
    "You can reach her at maria.gonzalez@example.com or +1 415 555 0132.\n",
    "```python\nimport os\nclient = boto3.client('s3', region_name='us-east-1')\n"
    "def get_user(user_id: int) -> dict:\n    return db.fetch_one('SELECT * FROM users WHERE id = %s', user_id)\n```\n",
    "DATABASE_URL=postgres://app:S3cr3tPassw0rd@db.internal:5432/app\nAWS_ACCESS_KEY_ID=AKIAQ3EGRZ7XKVB2LMNP\n"
    "LOG_LEVEL=info\nFEATURE_FLAGS=a,b,c\n",
    "2026-11-02T10:15:03Z INFO request handled path=/api/v1/orders status=200 duration_ms=12 "
    "client=10.2.3.4 trace=4bf92f3577b34da6a3ce929d0e0e4736\n",
    "The deploy of the payments service failed because the migration timed out; "
    "we rolled back and will retry after the maintenance window closes tonight.\n",
]


# What coding agents send (the text set "traffic"): instructions, a source file, tool results, a diff, a log, a tool
# schema, a user's request. Invented in the manner of tests/fixtures/agents and proxy_overhead.py's payloads; one
# name, one e-mail and one internal host among them, as an agent's turn carries a few values in much boilerplate.
_AGENT_PIECES = [
    "You are an interactive agent that helps users with software engineering tasks. Use the instructions below and "
    "the tools available to you to assist the user.\n\n# Doing tasks\n- Read the relevant files before you change "
    "them, and keep changes small and focused on the request.\n- Prefer editing existing files to creating new ones. "
    "Never create documentation files unless the user asks for them.\n- When you run shell commands, explain what "
    "they do first if they modify the system. Use absolute paths where you can.\n- After a change, run the project's "
    "tests and linters (for example `npm test`, `pytest -q` or `cargo test`) and fix what you broke.\n\n# Tone\nBe "
    "concise and direct. Answer in fewer than four lines unless the user asks for detail. Do not add preamble or a "
    "summary of what you did unless asked.\n\nIMPORTANT: never commit changes unless the user explicitly asks you to. "
    "Refuse to write code that could be used maliciously, even if the user claims it is for education.\n",
    "```python\n\"\"\"Retry policy for the export worker.\"\"\"\nfrom __future__ import annotations\n\nimport logging\n"
    "import random\nimport time\nfrom dataclasses import dataclass\nfrom typing import Callable, TypeVar\n\n"
    "T = TypeVar(\"T\")\nlogger = logging.getLogger(__name__)\n\n\n@dataclass(frozen=True)\nclass RetryPolicy:\n"
    "    attempts: int = 5\n    base_delay: float = 0.5\n    max_delay: float = 30.0\n\n"
    "    def delay(self, attempt: int) -> float:\n        ceiling = min(self.max_delay, self.base_delay * 2 ** attempt)\n"
    "        return random.uniform(0, ceiling)\n\n\ndef call_with_retries(operation: Callable[[], T], policy: RetryPolicy) -> T:\n"
    "    for attempt in range(policy.attempts):\n        try:\n            return operation()\n"
    "        except TimeoutError as error:\n            wait = policy.delay(attempt)\n"
    "            logger.warning(\"attempt %d failed (%s), retrying in %.1fs\", attempt + 1, error, wait)\n"
    "            time.sleep(wait)\n    raise RuntimeError(f\"gave up after {policy.attempts} attempts\")\n```\n",
    "$ git status\nOn branch fix/export-retries\nYour branch is ahead of 'origin/fix/export-retries' by 2 commits.\n\n"
    "Changes not staged for commit:\n  modified:   src/export/retry.py\n  modified:   src/export/worker.py\n"
    "  modified:   tests/test_worker.py\n\nUntracked files:\n  docs/retries.md\n\n$ ls -la src/export\n"
    "total 48\ndrwxr-xr-x  2 dev dev 4096 Nov  2 10:14 .\ndrwxr-xr-x  9 dev dev 4096 Nov  2 09:58 ..\n"
    "-rw-r--r--  1 dev dev  212 Oct 28 16:03 __init__.py\n-rw-r--r--  1 dev dev 1893 Nov  2 10:14 retry.py\n"
    "-rw-r--r--  1 dev dev 7710 Nov  2 10:12 worker.py\n-rw-r--r--  1 dev dev 2306 Oct 30 11:47 schema.py\n",
    "============================= test session starts ==============================\nplatform linux -- Python "
    "3.11.9, pytest-8.3.2, pluggy-1.5.0\nrootdir: /home/dev/export-service\ncollected 48 items\n\n"
    "tests/test_retry.py ........                                             [ 16%]\ntests/test_worker.py ......F.....  "
    "                                      [ 45%]\n\n=================================== FAILURES ===================="
    "===============\n_________________________ test_large_batch_is_retried _________________________\n\n"
    "    def test_large_batch_is_retried(tmp_path):\n        worker = ExportWorker(batch_size=5000, policy=RetryPolicy(attempts=2))\n"
    ">       assert worker.run(tmp_path / \"rows.csv\") == 5000\nE       assert 4096 == 5000\n\n"
    "tests/test_worker.py:88: AssertionError\n=========================== short test summary info "
    "============================\nFAILED tests/test_worker.py::test_large_batch_is_retried - assert 4096 == 5000\n"
    "========================= 1 failed, 47 passed in 3.42s =========================\n",
    "diff --git a/src/export/worker.py b/src/export/worker.py\nindex 3f2a91c..8be07d4 100644\n--- a/src/export/worker.py\n"
    "+++ b/src/export/worker.py\n@@ -41,12 +41,15 @@ class ExportWorker:\n     def run(self, path: Path) -> int:\n"
    "         written = 0\n-        for batch in self._batches():\n-            written += self._write(path, batch)\n"
    "+        for batch in self._batches():\n+            written += call_with_retries(\n"
    "+                lambda: self._write(path, batch), self.policy\n+            )\n"
    "+            logger.debug(\"wrote %d rows to %s\", len(batch), path.name)\n         return written\n\n"
    "     def _batches(self) -> Iterator[list[Row]]:\n-        query = \"SELECT * FROM orders ORDER BY id\"\n"
    "+        query = \"SELECT * FROM orders WHERE exported_at IS NULL ORDER BY id\"\n"
    "         yield from chunked(self.db.stream(query), self.batch_size)\n",
    "Traceback (most recent call last):\n  File \"/home/dev/export-service/src/export/worker.py\", line 44, in run\n"
    "    written += self._write(path, batch)\n  File \"/home/dev/export-service/src/export/worker.py\", line 71, in _write\n"
    "    cursor.copy_expert(sql, handle)\npsycopg2.errors.LockNotAvailable: canceling statement due to lock timeout\n"
    "CONTEXT:  while locking tuple (1284,7) in relation \"orders\"\n\n2026-11-02 10:12:51,604 WARNING export.worker "
    "attempt 1 failed (lock timeout), retrying in 0.8s\n2026-11-02 10:12:52,433 WARNING export.worker attempt 2 failed "
    "(lock timeout), retrying in 1.9s\n2026-11-02 10:12:54,371 ERROR export.worker gave up after 2 attempts "
    "host=db-replica-02.int.northwind.lan pid=48213\n",
    '{"name": "Bash", "description": "Executes a given bash command and returns its output. The working directory '
    'persists between commands, but shell state does not. Always quote file paths that contain spaces. Avoid using '
    'this tool to run find, grep, cat, head or tail unless explicitly instructed; use the dedicated tools instead.", '
    '"input_schema": {"type": "object", "properties": {"command": {"type": "string", "description": "The command to '
    'execute"}, "timeout": {"type": "number", "description": "Optional timeout in milliseconds (max 600000)"}, '
    '"description": {"type": "string", "description": "Clear, concise description of what this command does in 5-10 '
    'words"}, "run_in_background": {"type": "boolean", "description": "Set to true to run this command in the '
    'background"}}, "required": ["command"], "additionalProperties": false}}\n',
    "The nightly export job started failing after Tuesday's deploy and only for batches over a few thousand rows. "
    "Jonas Keller thinks the retry logic gives up before the database recovers from the lock contention; he left "
    "notes in the ticket and you can ask him at jonas.keller@northwind-labs.io. Please read src/export/worker.py and "
    "the retry module first, then propose a change that keeps the public interface as it is, adds a test for the "
    "large batch case and explains why each part is needed. Do not touch the configuration files unless the tests "
    "show that you must.\n",
]

# The text sets of the regex-path tables: "mixed" (the five paragraphs above, every format in each KB: the worst case
# and the published number) and "traffic" (_AGENT_PIECES: what coding agents send, mostly boilerplate).
TEXT_SETS = {"mixed": _PARAGRAPHS, "traffic": _AGENT_PIECES}


def _text_of_size(size_bytes: int, salt: int, text_set: str = "mixed") -> str:
    """`size_bytes` of the text set's pieces in turn. The mixed texts all start with the first paragraph; a traffic
    text starts at piece `salt` (a 1 KB traffic text is mostly one piece: one tool result, one file, one prompt)."""
    paragraphs = TEXT_SETS[text_set]
    pieces, total = [f"run {salt}\n"], 0
    index = 0 if text_set == "mixed" else salt % len(paragraphs)
    while total < size_bytes:
        paragraph = paragraphs[index % len(paragraphs)]
        pieces.append(paragraph)
        total += len(paragraph.encode())
        index += 1
    return "".join(pieces)[:size_bytes]


def _fresh_text_of_size(size_bytes: int, salt: int, text_set: str = "mixed") -> str:
    """`_text_of_size` with its values new in every text and every paragraph: the digits of each run of three or
    more drawn again but its first (a year's first two: 2026 stays a year of this century; months, days, times and
    short numbers stay), and two in five words of four letters or more given new lower-case letters after their
    first. The same shapes and layout, new values (upper-case tokens such as the AWS key id stay).

    The plain texts differ only in their first line, so every value in them (the phone, the key, the trace id, the
    names) is one the detectors' per-value memos (lru caches of verdicts) have judged in an earlier text; fresh
    traffic carries values never seen before. The --fresh table measures that case.
    """
    import random
    import re

    rng = random.Random(salt)
    def redrawn(match: re.Match) -> str:
        run = match.group(0)
        kept = 2 if len(run) == 4 and run[:2] in ("19", "20") else 1  # a year stays a year
        return run[:kept] + "".join(str(rng.randrange(10)) for _ in run[kept:])

    text = re.sub(r"\d{3,}", redrawn, _text_of_size(size_bytes, salt, text_set))
    return re.sub(r"[A-Za-z]{4,}", lambda match: match.group(0) if rng.random() < 0.6 else match.group(0)[0] + "".join(
        rng.choice("aeioulnrstkmdp") if char.islower() else char for char in match.group(0)[1:]), text)


def calibrate_regex_gate(detectors) -> None:
    """The regex gate (regex_gate.calibrate) calibrated with `detectors` over the engine's warm-up texts (never the
    benchmark's). Not part of the measured setup: round 36 measured no gain with it (docs/detection.md, Cost), so
    neither the engine nor the tables calibrate; findings_snapshot's dump-regex does, to show the gate changes no
    finding. Nothing in a tree without the gate."""
    from redactor.detect.base import DetectionInput

    try:
        from redactor.detect import regex_gate
        from redactor.detect.warm_up_texts import WARM_UP_SEGMENTS
    except ImportError:
        return

    def run(number: int) -> None:
        for kind, text in WARM_UP_SEGMENTS:
            item = DetectionInput(f"{text}calibration run {number}\n", kind)
            for detector in detectors:
                detector.detect(item)

    regex_gate.calibrate(run)


def warm_up_detectors(detectors) -> None:
    """Run `detectors` over texts of both sets, plain and fresh, at 1 KB and 10 KB (salts the tables do not use).

    The shared cue scan's automaton holds the cue lists asked so far; a list asked for the first time makes the next
    text rebuild it (keywords._CueFamilies: 13-130 ms for ~6,000 words). A one-text warm-up left those rebuilds inside
    the first table measured (2-3 per text set in its first 150 texts: ~0.2-0.9 ms per 1 KB text on average); a
    proxy pays them once, in its first requests. The tables measure the steady state.
    """
    from redactor.detect.base import DetectionInput

    for detector in detectors:
        detector.detect(DetectionInput("warm up ghp_0123456789abcdefghij db-04.corp.example.com 10.0.0.1"))
    for text_set, make, size, salt in itertools.product(TEXT_SETS, (_text_of_size, _fresh_text_of_size), (1024, 10240),
                                                         range(20_000, 20_000 + 2 * len(_AGENT_PIECES))):
        item = DetectionInput(make(size, salt, text_set))
        for detector in detectors:
            detector.detect(item)
    # A list the last warm-up text asked first would make the first measured text build the automaton (0.2-0.6 s:
    # ~1 ms per text of a 300-text table): built here.
    from redactor.detect import keywords

    if hasattr(keywords, "build_shared_scan"):
        keywords.build_shared_scan()
    else:  # a tree from before it (a --baseline checkout): the same build, so both are measured alike
        keywords._CueUnion.of(keywords._families[True], keywords._families[False])


def _measure(pipeline, size_bytes: int, rounds: int) -> list[float]:
    timings = []
    for round_index in range(rounds + 2):
        text = _text_of_size(size_bytes, round_index)
        context = RequestContext(conversation=f"bench-{size_bytes}-{round_index}")
        started = time.perf_counter()
        pipeline.process([Segment(text, kind="prose")], context)
        elapsed = (time.perf_counter() - started) * 1000
        if round_index >= 2:  # first rounds warm caches and models
            timings.append(elapsed)
    return timings


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def _encoded_text(size_bytes: int) -> str:
    """Log lines with percent-encoding, a \\u escape, a zero-width character and a base64 blob."""
    line = ("GET /api/v1/users?email=dana.smith%40example.com&next=%2Fhome HTTP/1.1 200 "
            '{"note": "ping ops\\u0040example.com"} tok=ab\u200bcd blob=REJfUEFTU1dPUkQ9WGs5IW1RMiN2TDdwUjQK\n')
    return (line * (size_bytes // len(line) + 1))[:size_bytes]


def _detector_micros_per_kb(detect, texts: list[str]) -> float:
    started = time.perf_counter()
    for text in texts:
        detect(text)
    elapsed = time.perf_counter() - started
    kilobytes = sum(len(text.encode()) for text in texts) / 1024
    return elapsed * 1e6 / kilobytes


def detector_costs(rounds: int) -> None:
    from redactor.detect.base import DetectionInput
    from redactor.detect.decoded_views import decoded_views, spans_in_decoded_views
    from redactor.detect.infra import InfraDetector
    from redactor.detect.pii import PiiDetector
    from redactor.detect.secrets import SecretsDetector

    secrets, pii, infra = SecretsDetector(), PiiDetector(), InfraDetector()
    secrets_own = SecretsDetector(use_kingfisher=False)
    detectors = [secrets, pii, infra]
    for detector in (secrets, secrets_own, pii, infra):  # loads the catalogues; the 12-character run makes Kingfisher scan once
        detector.detect(DetectionInput("warm up ghp_0123456789abcdefghij db-04.corp.example.com 10.0.0.1"))
    size = 10 * 1024
    plain = [_text_of_size(size, salt) for salt in range(rounds)]
    encoded = [f"{salt} " + _encoded_text(size) for salt in range(rounds)]
    rows = [
        ("secrets (own + Kingfisher)", lambda t: secrets.detect(DetectionInput(t))),
        ("secrets (own catalogue only)", lambda t: secrets_own.detect(DetectionInput(t))),
        ("pii", lambda t: pii.detect(DetectionInput(t))),
        ("infra", lambda t: infra.detect(DetectionInput(t))),
        ("decoded views: build", decoded_views),
        ("decoded views: build + detect", lambda t: spans_in_decoded_views(DetectionInput(t), detectors)),
    ]
    print(f"\n{'detector (10 KB texts)':<32} {'plain us/KB':>12} {'encoded us/KB':>14}")
    results = {}
    for name, detect in rows:
        results[name] = (_detector_micros_per_kb(detect, plain), _detector_micros_per_kb(detect, encoded))
        print(f"{name:<32} {results[name][0]:>12.1f} {results[name][1]:>14.1f}")
    together = sum(results[name][0] for name in ("secrets (own + Kingfisher)", "pii", "infra"))
    views = results["decoded views: build + detect"][0]
    print(f"secrets+pii+infra on plain text: {together:.1f} us/KB (+ decoded views {views:.1f} us/KB)")
    ratio = results["secrets (own + Kingfisher)"][0] / results["secrets (own catalogue only)"][0]
    print(f"Kingfisher / own-only secrets ratio: {ratio:.2f}x")


# Issue 14's budget for the regex path: secrets, PII and infrastructure detectors together.
REGEX_BUDGET_MS_PER_KB = 1.0
_CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus"


def _corpus_mix(size: int) -> str:
    """`size` characters of the test corpus: each clean source file followed by a file full of secrets."""
    clean = sorted((_CORPUS / "clean_code").iterdir())
    secrets = sorted(p for p in (_CORPUS / "secrets").iterdir() if p.suffix != ".json")
    mixed = "\n".join(part.read_text(encoding="utf-8") for pair in zip(clean, secrets) for part in pair)
    return (mixed * (size // len(mixed) + 1))[:size]


def _best_cpu_ms_per_kb(detect, text: str, runs: int = 5) -> float:
    """Least CPU time (this process only) of `runs` runs, per KB: other processes cannot inflate it much."""
    detect(text)  # warm caches
    best = float("inf")
    for _ in range(runs):
        started = time.process_time()
        detect(text)
        best = min(best, time.process_time() - started)
    return best * 1000 / (len(text.encode()) / 1024)


def regex_budget(rounds: int, fresh: bool = False) -> None:
    """CPU ms per KB of secrets+PII+infra against REGEX_BUDGET_MS_PER_KB, and of the secrets detector on the corpus.

    With `fresh`, the table is measured a second time on texts whose values are new in each text
    (_fresh_text_of_size): what a proxy pays for traffic it has not judged before.
    """
    from redactor.detect.base import DetectionInput
    from redactor.detect.infra import InfraDetector
    from redactor.detect.pii import PiiDetector
    from redactor.detect.secrets import SecretsDetector

    detectors = {"secrets": SecretsDetector(), "pii": PiiDetector(), "infra": InfraDetector()}
    warm_up_detectors(detectors.values())
    print(f"\nregex path, CPU ms per KB (budget {REGEX_BUDGET_MS_PER_KB} ms/KB for the three together; "
          "unique texts, detectors interleaved per text):")
    print(f"{'size':>6} {'secrets':>9} {'pii':>9} {'infra':>9} {'sum':>9} {'/budget':>8}")
    makers = [("", _text_of_size)] + ([("fresh", _fresh_text_of_size)] if fresh else [])
    for text_set, (label, make), (size, count) in itertools.product(
            TEXT_SETS, makers, ((1024, 10 * rounds), (10 * 1024, 2 * rounds))):
        spent = dict.fromkeys(detectors, 0.0)
        for salt in range(count):
            item = DetectionInput(make(size, salt, text_set))
            for name, detector in detectors.items():
                started = time.process_time()
                detector.detect(item)
                spent[name] += time.process_time() - started
        per_kb = {name: seconds / count * 1000 / (size / 1024) for name, seconds in spent.items()}
        together = sum(per_kb.values())
        print(f"{size // 1024:>4}KB " + " ".join(f"{per_kb[name]:>9.3f}" for name in detectors)
              + f" {together:>9.3f} {together / REGEX_BUDGET_MS_PER_KB:>7.2f}x  {text_set}" + (f", {label} values" if label else ""))
    secrets = detectors["secrets"]
    print("secrets detector on the test corpus (clean code and secret files, tests/corpus), best of 5, "
          f"budget {REGEX_BUDGET_MS_PER_KB} ms/KB:")
    for size in (10_000, 100_000):
        cost = _best_cpu_ms_per_kb(lambda text: secrets.detect(DetectionInput(text, "code")), _corpus_mix(size))
        print(f"  {size // 1000:>4} KB: {cost:.3f} ms/KB ({cost / REGEX_BUDGET_MS_PER_KB:.2f}x the budget)")


_PAIR_SCRIPT = """
import itertools, sys, time
sys.path.insert(0, sys.argv[1]); sys.path.insert(0, sys.argv[2])
from redaction_latency import TEXT_SETS, _fresh_text_of_size, _text_of_size, warm_up_detectors
from redactor.detect.base import DetectionInput
from redactor.detect.infra import InfraDetector
from redactor.detect.pii import PiiDetector
from redactor.detect.secrets import SecretsDetector
detectors = {"secrets": SecretsDetector(), "pii": PiiDetector(), "infra": InfraDetector()}
warm_up_detectors(detectors.values())  # catalogues loaded and every cue list in the shared scan before the clock runs
make = _fresh_text_of_size if sys.argv[5] == "fresh" else _text_of_size
for text_set, (size, count) in itertools.product(TEXT_SETS, ((1024, int(sys.argv[3])), (10240, int(sys.argv[4])))):
    texts = [make(size, salt, text_set) for salt in range(count)]
    spent = dict.fromkeys(detectors, 0.0)
    for text in texts:  # detectors interleaved per text, so machine load hits them alike
        item = DetectionInput(text)
        for name, detector in detectors.items():
            started = time.process_time()
            detector.detect(item)
            spent[name] += time.process_time() - started
    per_kb = {name: seconds / count * 1e6 / (size / 1024) for name, seconds in spent.items()}
    print(text_set, size, *(round(per_kb[name], 1) for name in detectors), round(sum(per_kb.values()), 1))
"""


def compare_with(baseline_root: str, repeats: int = 6, texts_1kb: int = 300, texts_10kb: int = 60,
                 fresh: bool = False) -> None:
    """secrets+PII+infra CPU us/KB of this tree and of `baseline_root` (e.g. a main checkout), in alternation.

    Six runs of each, not three: on a shared machine a run's cost is its code's plus other people's load,
    which only adds; the least of many runs is the closest to the code's own cost, and the paired ratios (each run
    of this tree against the baseline run just before it) show how far the load moved a single comparison.
    With `fresh`, each run also times _fresh_text_of_size's texts (values new in every text), in the same alternation.
    """
    import pathlib
    import subprocess
    import sys

    here = pathlib.Path(__file__).resolve()
    modes = ("plain", "fresh") if fresh else ("plain",)
    rows: dict[str, dict[tuple[str, int], list[float]]] = {}
    paired: dict[tuple[str, int], list[float]] = {}
    for _ in range(repeats):
        for mode in modes:
            sums: dict[str, dict[tuple[str, int], float]] = {}
            for label, root in (("baseline", baseline_root), ("this tree", str(here.parents[1]))):
                output = subprocess.run([sys.executable, "-c", _PAIR_SCRIPT, root, str(here.parent), str(texts_1kb),
                                         str(texts_10kb), mode], capture_output=True, text=True, check=True).stdout
                run = {(mode, line.split()[0], int(line.split()[1])): [float(x) for x in line.split()[2:]]
                       for line in output.splitlines()}
                sums[label] = {key: values[-1] for key, values in run.items()}
                best = rows.setdefault(label, {})
                for key, values in run.items():
                    if key not in best or values[-1] < best[key][-1]:
                        best[key] = values
            for key in sums["baseline"]:
                paired.setdefault(key, []).append(sums["this tree"][key] / sums["baseline"][key])
    print(f"\n{'CPU us/KB':<12} {'set':>8} {'values':>6} {'size':>6} {'secrets':>9} {'pii':>9} {'infra':>9} {'sum':>9}"
          f"   (least of {repeats} runs each)")
    for label, by_key in rows.items():
        for (mode, text_set, size), values in by_key.items():
            print(f"{label:<12} {text_set:>8} {mode:>6} {size // 1024:>4}KB " + " ".join(f"{v:>9.1f}" for v in values))
    for key in rows["baseline"]:
        ratios = sorted(paired[key])
        print(f"this tree / baseline, {key[1]} {key[0]} texts at {key[2] // 1024} KB: "
              f"{rows['this tree'][key][-1] / rows['baseline'][key][-1]:.2f}x "
              f"(least against least; paired runs: median {statistics.median(ratios):.2f}x, "
              f"from {ratios[0]:.2f}x to {ratios[-1]:.2f}x)")


_AGENT_SCRIPT = """
import statistics, sys, time
sys.path.insert(0, sys.argv[1] + "/benchmarks"); sys.path.insert(0, sys.argv[1])
from agent_requests import load_segments
from redactor.detect.engine import DetectionEngine
from redactor.runtime import resolve_policy
assert __import__("redactor").__file__.startswith(sys.argv[1])
policy = resolve_policy("default")
without_ner = policy.model_copy(update={"detection": policy.detection.model_copy(
    update={"ner": policy.detection.ner.model_copy(update={"enabled": False})})})
DetectionEngine.from_policy(without_ner).detect(load_segments("codex"))  # code paths and lists warmed, as in a proxy
segments = load_segments("claude_code")
costs = []
for _ in range(int(sys.argv[2])):
    engine = DetectionEngine.from_policy(without_ner)  # an empty cache: every segment seen for the first time
    started = time.process_time()
    engine.detect(segments)
    costs.append((time.process_time() - started) * 1000)
print(round(statistics.median(costs), 1), round(min(costs), 1))
"""


def compare_agent_first_sight(baseline_root: str, rounds: int = 5, repeats: int = 3) -> None:
    """CPU ms of the default policy's detection without NER on Claude Code's first request (65 KB, first sight),
    this tree and `baseline_root` in alternating processes."""
    import pathlib
    import subprocess
    import sys

    here = pathlib.Path(__file__).resolve()
    print(f"\nFirst sight of Claude Code's first request (tests/fixtures/agents, 65 KB, 260 segments), detection "
          f"without NER, CPU ms (median and least of {rounds} new engines per run), runs in alternation:")
    medians: dict[str, list[float]] = {"baseline": [], "this tree": []}
    for repeat in range(repeats):
        for label, root in (("baseline", baseline_root), ("this tree", str(here.parents[1]))):
            output = subprocess.run([sys.executable, "-c", _AGENT_SCRIPT, str(pathlib.Path(root).resolve()), str(rounds)],
                                    capture_output=True, text=True, check=True).stdout.split()
            medians[label].append(float(output[0]))
            print(f"  run {repeat + 1} {label:<10} median {output[0]:>7} ms, least {output[1]:>7} ms")
    before, after = min(medians["baseline"]), min(medians["this tree"])
    print(f"least median: baseline {before:.1f} ms, this tree {after:.1f} ms, ratio {after / before:.2f}x")


_PROSE_SCRIPT = """
import json, statistics, sys, time
sys.path.insert(0, sys.argv[1])
from redactor.core import RequestContext
from redactor.policy import load_policy
from redactor.runtime import build_pipeline
from redactor.segments import Segment
assert __import__("redactor").__file__.startswith(sys.argv[1])
pipeline = build_pipeline(load_policy("default"), vault_url="memory://")
pipeline.engine.warm_up()
texts = json.load(open(sys.argv[2]))
for names, group in texts.items():
    for salt, text in enumerate(group[:3]):  # warm caches and code paths
        pipeline.process([Segment("warm " + text, kind="prose")], RequestContext(conversation=f"warm{names}-{salt}"))
    costs = []
    for salt, text in enumerate(group):
        started = time.process_time()
        pipeline.process([Segment(text, kind="prose")], RequestContext(conversation=f"r{names}-{salt}"))
        costs.append((time.process_time() - started) * 1000)
    print(names, round(statistics.median(costs), 2))
"""


def compare_prose_with(baseline_root: str, rounds: int, repeats: int = 4) -> None:
    """Pipeline CPU ms per 4 KB prose request (0 and 12 names) of this tree and `baseline_root`, in alternation."""
    import json
    import pathlib
    import subprocess
    import sys
    import tempfile

    from proxy_overhead import prose_text

    here = pathlib.Path(__file__).resolve()
    runs: dict[str, dict[str, list[float]]] = {"baseline": {}, "this tree": {}}
    print(f"\nPipeline CPU ms per 4 KB prose request (median of {rounds} new texts per run), runs in alternation:")
    for repeat in range(repeats):
        # The same new texts for both trees in a round (a text seen before would be a cache hit).
        texts = {str(names): [prose_text(4096, f"r{repeat}-{salt}", names=names) for salt in range(rounds)]
                 for names in (0, 12)}
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
            json.dump(texts, handle)
        for label, root in (("baseline", baseline_root), ("this tree", str(here.parents[1]))):
            output = subprocess.run([sys.executable, "-c", _PROSE_SCRIPT, str(pathlib.Path(root).resolve()),
                                     handle.name], capture_output=True, text=True, check=True).stdout
            for line in output.splitlines():
                names, cost = line.split()
                runs[label].setdefault(names, []).append(float(cost))
            print(f"  run {repeat + 1} {label:<10} " + "  ".join(
                f"{names:>2} names {costs[-1]:>6.2f} ms" for names, costs in runs[label].items()))
        pathlib.Path(handle.name).unlink()
    for names in runs["baseline"]:
        before, after = statistics.median(runs["baseline"][names]), statistics.median(runs["this tree"][names])
        print(f"{names:>2} names: baseline {before:.2f} ms, this tree {after:.2f} ms, ratio {after / before:.2f}x")


def finder_costs(rounds: int, top: int, fresh: bool = False, text_set: str = "mixed") -> None:
    """Inclusive CPU us/KB of each finder called by the secrets, PII and infra `detect` methods, at 1 KB and 10 KB.

    Each method of the detector and each module function whose name the detect method's code holds is wrapped by a
    timer (generators drained on the spot, so a finder's cost is all its own); a finder called inside a timed one is
    counted in its caller only. The wrappers cost a little (a few us per call): compare rows, not sums, with the
    budget table. The shared cue scan (keywords._CueFamilies.scan) is a row of its own, taken out of the finder
    that asked first. Each row also gives the share of the finder's time spent in calls that found nothing (`empty`):
    the time a tighter gate (a finder's declared pre-condition) could spare.
    With `fresh`, the texts are _fresh_text_of_size's (values new in every text: the per-value memos miss).
    """
    import collections
    import inspect
    import types

    from redactor.detect import infra as infra_module
    from redactor.detect import keywords as keywords_module
    from redactor.detect import pii as pii_module
    from redactor.detect import secrets as secrets_module
    from redactor.detect.base import DetectionInput
    from redactor.detect.infra import InfraDetector
    from redactor.detect.pii import PiiDetector
    from redactor.detect.secrets import SecretsDetector

    cost: collections.Counter = collections.Counter()
    empty: collections.Counter = collections.Counter()  # seconds in calls that returned nothing
    calls: collections.Counter = collections.Counter()
    empty_calls: collections.Counter = collections.Counter()
    scanned = [0.0]  # the shared cue scan's seconds inside timed finders (taken out of their empty time too)
    depth = [0]
    timing: list[str] = []  # the label of the finder being timed (at most one)

    def timed(label: str, finder):
        def run(*args, **kwargs):
            if depth[0]:
                return finder(*args, **kwargs)
            depth[0] += 1
            timing.append(label)
            scan_before = scanned[0]
            started = time.process_time()
            try:
                result = finder(*args, **kwargs)
                if isinstance(result, types.GeneratorType) or (
                        hasattr(result, "__next__") and not isinstance(result, (list, tuple))):
                    result = list(result)
            finally:
                depth[0] -= 1
                timing.pop()
            elapsed = time.process_time() - started
            cost[label] += elapsed
            calls[label] += 1
            if not result:
                empty[label] += elapsed - (scanned[0] - scan_before)
                empty_calls[label] += 1
            return result
        run.__dict__.update(finder.__dict__)  # its declarations (keywords.needs_cues, needs_marks): the gates read them
        return run

    originals = []
    for module, cls, method in ((pii_module, PiiDetector, "detect"), (secrets_module, SecretsDetector, "_detect"),
                                (infra_module, InfraDetector, "detect")):
        code = getattr(cls, method).__code__
        names = set(code.co_names)
        for constant in code.co_consts:
            if isinstance(constant, types.CodeType):
                names |= set(constant.co_names)
        short = module.__name__.rsplit(".", 1)[-1]
        for name in sorted(names):
            if name.startswith("_") and not name.startswith("__") and name != "_span" and callable(getattr(cls, name, None)):
                raw = inspect.getattr_static(cls, name)
                originals.append((cls, name, raw))
                wrapped = timed(f"{short}.{name}", getattr(cls, name))
                setattr(cls, name, staticmethod(wrapped) if isinstance(raw, (staticmethod, classmethod)) else wrapped)
            elif isinstance(module.__dict__.get(name), types.FunctionType):
                originals.append((module, name, module.__dict__[name]))
                setattr(module, name, timed(f"{short}:{name}", module.__dict__[name]))
    # The shared cue scan is a row of its own: timed inside whichever finder asks first (the secrets catalogue,
    # usually), it read as that finder's cost (~300 of its ~500 us/KB at 1 KB), and speed work aimed at the wrong code.
    scan_label = "keywords: shared cue scan (both cases)"
    scan = keywords_module._CueFamilies.scan

    def timed_scan(self, haystack):
        started = time.process_time()
        try:
            return scan(self, haystack)
        finally:
            elapsed = time.process_time() - started
            cost[scan_label] += elapsed
            if timing:
                cost[timing[-1]] -= elapsed
                scanned[0] += elapsed
    originals.append((keywords_module._CueFamilies, "scan", scan))
    keywords_module._CueFamilies.scan = timed_scan
    text_of_size = _fresh_text_of_size if fresh else _text_of_size
    try:
        detectors = [SecretsDetector(), PiiDetector(), InfraDetector()]
        warm_up_detectors(detectors)
        tables, empty_shares, summaries = {}, {}, {}
        for size, count in ((1024, 5 * rounds), (10 * 1024, rounds)):
            for salt in range(3):  # warm caches and code paths
                for detector in detectors:
                    detector.detect(DetectionInput(text_of_size(size, 10_000 + salt, text_set)))
            for counter in (cost, empty, calls, empty_calls):
                counter.clear()
            for salt in range(count):
                item = DetectionInput(text_of_size(size, salt, text_set))
                for detector in detectors:
                    detector.detect(item)
            tables[size] = {label: seconds * 1e6 / (count * size / 1024) for label, seconds in cost.items()}
            empty_shares[size] = {label: empty[label] / seconds if seconds > 0 else 0.0 for label, seconds in cost.items()}
            finder_seconds = sum(seconds for label, seconds in cost.items() if label != scan_label)
            summaries[size] = (sum(calls.values()) / count, sum(empty_calls.values()) / count,
                               sum(empty.values()) / finder_seconds if finder_seconds > 0 else 0.0)
    finally:
        for owner, name, original in reversed(originals):
            setattr(owner, name, original)
    print(f"\nfinders by inclusive CPU us/KB (the {top} dearest at 1 KB and at 10 KB; "
          f"{'fresh' if fresh else 'unique'} {text_set} texts):")
    print(f"{'1 KB':>9} {'empty':>6}  {'finder':<44} {'10 KB':>9} {'empty':>6}  finder")
    by_1kb = sorted(tables[1024].items(), key=lambda item: -item[1])[:top]
    by_10kb = sorted(tables[10 * 1024].items(), key=lambda item: -item[1])[:top]
    for (label_1, cost_1), (label_10, cost_10) in itertools.zip_longest(by_1kb, by_10kb, fillvalue=("", 0.0)):
        share_1 = f"{empty_shares[1024][label_1]:>6.0%}" if label_1 else " " * 6
        share_10 = f"{empty_shares[10 * 1024][label_10]:>6.0%}" if label_10 else " " * 6
        print(f"{cost_1:>9.1f} {share_1}  {label_1:<44} {cost_10:>9.1f} {share_10}  {label_10}")
    for size, table in tables.items():
        per_text, empty_per_text, empty_share = summaries[size]
        print(f"  all finders together at {size // 1024} KB: {sum(table.values()):.1f} us/KB; {per_text:.0f} finder calls "
              f"per text, {empty_per_text:.0f} of them finding nothing, holding {empty_share:.0%} of the finders' time")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=40)
    parser.add_argument("--detectors-only", action="store_true", help="only the per-detector table")
    parser.add_argument("--baseline", metavar="ROOT",
                        help="also time secrets+PII+infra of another checkout (e.g. /work/main) in this run")
    parser.add_argument("--finders", type=int, nargs="?", const=30, metavar="N",
                        help="only the cost of each finder (the N dearest at 1 KB and 10 KB)")
    parser.add_argument("--fresh", action="store_true",
                        help="with --detectors-only: the regex-path table also on texts whose values are new in each text")
    parser.add_argument("--text-set", choices=("mixed", "traffic"), default="mixed",
                        help="with --finders: the texts profiled (TEXT_SETS)")
    parser.add_argument("--prose-baseline", metavar="ROOT",
                        help="only the Pipeline CPU time on 4 KB prose (0 and 12 names), this tree against ROOT")
    args = parser.parse_args()
    if args.finders:
        finder_costs(min(args.rounds, 40), args.finders, fresh=args.fresh, text_set=args.text_set)
        return
    if args.prose_baseline:
        compare_prose_with(args.prose_baseline, rounds=min(args.rounds, 20))
        return
    if args.detectors_only:
        regex_budget(args.rounds, fresh=args.fresh)
        detector_costs(args.rounds)
        if args.baseline:
            compare_with(args.baseline, fresh=args.fresh)
            compare_agent_first_sight(args.baseline)
        return
    regex_policy = load_policy("default").model_copy(deep=True)
    regex_policy.detection.ner.enabled = False
    ner_policy = load_policy("default")
    configurations = [("regex-only", build_pipeline(regex_policy, vault_url="memory://")),
                      ("with NER", build_pipeline(ner_policy, vault_url="memory://"))]
    configurations[1][1].engine.warm_up()
    results: dict[tuple[str, int], tuple[float, float]] = {}
    print(f"{'config':<11} {'size':>7} {'p50 ms':>9} {'p99 ms':>9} {'p50 ms/KB':>10}")
    for name, pipeline in configurations:
        for size in (1024, 10 * 1024, 100 * 1024):
            rounds = args.rounds if size < 100 * 1024 else max(5, args.rounds // 4)
            timings = _measure(pipeline, size, rounds)
            p50, p99 = statistics.median(timings), _percentile(timings, 0.99)
            results[(name, size)] = (p50, p99)
            print(f"{name:<11} {size // 1024:>5}KB {p50:>9.2f} {p99:>9.2f} {p50 / (size / 1024):>10.3f}")
    print()
    for size in (1024, 10 * 1024, 100 * 1024):
        ratio = results[("with NER", size)][0] / results[("regex-only", size)][0]
        print(f"NER / regex-only p50 ratio at {size // 1024} KB: {ratio:.1f}x")
    regex_budget(args.rounds)
    detector_costs(args.rounds)


if __name__ == "__main__":
    main()
