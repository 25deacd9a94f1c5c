"""Where the secrets, PII and infrastructure detectors spend their CPU: each finder of `detect`, in ms per KB.

Runs SecretsDetector, PiiDetector or InfraDetector over the texts of redaction_latency.py (1 KB and 10 KB) and charges
the CPU time (this process only, `time.process_time`) of every finder that `detect` calls to it: the detector's
own methods and the module functions it calls by name (`find_usernames`, `find_swift_bics` ...). A finder's
nested calls count for it, not again for themselves.

Two things make such a table honest on a shared host:
- warm-up first: the shared cue scan builds its automaton when a cue list is first asked for; left in, that
  one-time build is charged to whichever finder asks first;
- every text is run several times, each time as a text the detector has not just seen (two texts in turn:
  the per-text caches hold the last text only), and per text and finder the least CPU of the runs counts:
  other processes only ever add time.

    PYTHONPATH=$PWD python benchmarks/detector_steps.py pii [--size 10240] [--runs 5]

Run it with another tree first on PYTHONPATH for that tree's table (the texts are this file's).

`--against ROOT` compares totals instead: the secrets, PII and infra detectors of ROOT (say a main checkout) and of
this tree are loaded into one process (each keeps its own modules) and run on the same texts in turn, text by text,
so the host's load falls on both alike; per text and detector the least CPU of the runs counts. `--agent` adds
the segments of Claude Code's first request (tests/fixtures/agents: 260 segments, most of them a few words), where
what a call costs before it reads the text matters as much as its cost per KB:

    PYTHONPATH=$PWD python benchmarks/detector_steps.py --against /work/main --agent [--text-set traffic]
"""
from __future__ import annotations

import argparse
import collections
import functools
import inspect
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from redaction_latency import _text_of_size  # noqa: E402


def _timed_steps(detector_class: type, module: object) -> collections.Counter:
    """Wrap each finder `detector_class.detect` names; returns the counter the wrappers add CPU seconds to."""
    spent: collections.Counter = collections.Counter()
    depth = [0]

    def wrap(name: str, function):
        @functools.wraps(function)
        def timed(*args, **kwargs):
            if depth[0]:
                return function(*args, **kwargs)
            depth[0] += 1
            started = time.process_time()
            try:
                result = function(*args, **kwargs)
                return list(result) if inspect.isgenerator(result) else result
            finally:
                spent[name] += time.process_time() - started
                depth[0] -= 1
        return timed

    # `detect` may hand its text to `_detect` (the secrets detector): the finders are named there.
    source = inspect.getsource(detector_class.detect) + (
        inspect.getsource(detector_class._detect) if hasattr(detector_class, "_detect") else "")
    for name, value in list(vars(detector_class).items()):
        if name == "_detect" or not (name.startswith("_") and not name.startswith("__") and name in source):
            continue
        if isinstance(value, staticmethod):
            setattr(detector_class, name, staticmethod(wrap(name, value.__func__)))
        elif callable(value):
            setattr(detector_class, name, wrap(name, value))
    for name, value in list(vars(module).items()):
        if inspect.isfunction(value) and name.startswith(("find", "_")) and name in source:
            setattr(module, name, wrap(name, value))
    return spent


_DETECTORS = ("secrets", "pii", "infra")


def _detectors_of(root: str) -> tuple[type, dict[str, object]]:
    """DetectionInput and the secrets, PII and infra detectors imported from the tree at `root` (its own modules)."""
    import importlib
    for name in [name for name in sys.modules if name == "redactor" or name.startswith("redactor.")]:
        del sys.modules[name]  # the objects made below keep their modules alive
    sys.path.insert(0, root)
    try:
        base = importlib.import_module("redactor.detect.base")
        secrets = importlib.import_module("redactor.detect.secrets")
        pii = importlib.import_module("redactor.detect.pii")
        infra = importlib.import_module("redactor.detect.infra")
        if not pii.__file__.startswith(str(Path(root).resolve())):
            raise SystemExit(f"{root} holds no redactor package")
        return base.DetectionInput, {"secrets": secrets.SecretsDetector(), "pii": pii.PiiDetector(),
                                     "infra": infra.InfraDetector()}
    finally:
        sys.path.remove(root)


def _agent_segments() -> list[tuple[str, str, str | None]]:
    """(text, kind, field name) of each segment of Claude Code's first request, extracted by this tree's wire code."""
    from agent_requests import load_segments
    return [(segment.text, segment.kind, segment.field_name) for segment in load_segments("claude_code")]


def compare_against(baseline_root: str, sizes: list[int], runs: int, agent: bool = False,
                    text_set: str = "mixed") -> None:
    """CPU us/KB of the secrets, PII and infra detectors of `baseline_root` and of this tree, text by text in turn."""
    workloads = [(f"{size // 1024} KB", [(_text_of_size(size, salt, text_set), "prose", None)
                                         for salt in range(120 if size < 5000 else 16)]) for size in sizes]
    if agent:
        workloads.append(("agent", _agent_segments()))
    trees = {"baseline": _detectors_of(baseline_root), "this tree": _detectors_of(str(Path(__file__).resolve().parents[1]))}
    print(f"secrets, PII and infra detectors, CPU us per KB, least of {runs} runs per text, both trees in one process "
          "in turn; 'agent' is Claude Code's first request (ms in all)")
    for label, texts in workloads:
        count = len(texts)
        for make_input, detectors in trees.values():
            for text, kind, field_name in texts[:6]:  # warm-up: every cue list asked for, the shared automaton built
                for detector in detectors.values():
                    detector.detect(make_input("warm " + text, kind, field_name))
        least = {(tree, name): [float("inf")] * count for tree in trees for name in _DETECTORS}
        for index in range(count):
            for _ in range(runs):
                for tree, (make_input, detectors) in trees.items():
                    other = make_input(*texts[index - 1])  # another text first: the per-text caches hold the last one
                    for detector in detectors.values():
                        detector.detect(other)
                    item = make_input(*texts[index])
                    for name, detector in detectors.items():
                        started = time.process_time()
                        detector.detect(item)
                        least[tree, name][index] = min(least[tree, name][index], time.process_time() - started)
        kilobytes = sum(len(text.encode()) for text, _, _ in texts) / 1024
        for name in _DETECTORS:
            before, after = (sum(least[tree, name]) for tree in trees)
            total = f"  ({before * 1000:.1f} -> {after * 1000:.1f} ms)" if label == "agent" else ""
            print(f"{label:>6} {name:<8} baseline {before / kilobytes * 1e6:8.1f}  "
                  f"this tree {after / kilobytes * 1e6:8.1f}  ratio {after / before:.2f}x{total}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("detector", choices=_DETECTORS, nargs="?")
    parser.add_argument("--against", metavar="ROOT", help="compare totals with the tree at ROOT (see above)")
    parser.add_argument("--size", type=int, action="append", help="text size in bytes (default: 1024 and 10240)")
    parser.add_argument("--runs", type=int, default=5, help="runs of each text; the least counts")
    parser.add_argument("--agent", action="store_true", help="with --against: also Claude Code's first request")
    parser.add_argument("--text-set", choices=("mixed", "traffic"), default="mixed",
                        help="with --against: redaction_latency.py's text set")
    args = parser.parse_args()
    if args.against:
        compare_against(args.against, args.size or [1024, 10240], args.runs, args.agent, args.text_set)
        return
    if args.detector is None:
        parser.error("name a detector, or --against ROOT")

    from redactor.detect.base import DetectionInput
    if args.detector == "secrets":
        import redactor.detect.secrets as module
        detector_class = module.SecretsDetector
    elif args.detector == "pii":
        import redactor.detect.pii as module
        detector_class = module.PiiDetector
    else:
        import redactor.detect.infra as module
        detector_class = module.InfraDetector
    spent = _timed_steps(detector_class, module)
    detector = detector_class()
    print(f"{args.detector} detector of {Path(sys.modules['redactor'].__file__).parent.parent}, "
          f"CPU ms per KB, least of {args.runs} runs per text")
    for size in args.size or (1024, 10240):
        count = 100 if size < 5000 else 16
        for salt in range(6):  # warm-up: every cue list asked for, the shared automaton built
            detector.detect(DetectionInput(_text_of_size(size, 10_000 + salt)))
        texts = [_text_of_size(size, salt) for salt in range(count)]
        least: dict[tuple[int, str], float] = {}
        totals = [float("inf")] * count
        for first in range(0, count, 2):
            for _ in range(args.runs):
                for index in (first, first + 1):
                    spent.clear()
                    started = time.process_time()
                    detector.detect(DetectionInput(texts[index]))
                    totals[index] = min(totals[index], time.process_time() - started)
                    for name, seconds in spent.items():
                        least[index, name] = min(least.get((index, name), float("inf")), seconds)
        per_step: collections.Counter = collections.Counter()
        for (_, name), seconds in least.items():
            per_step[name] += seconds
        kilobytes = count * size / 1024
        print(f"\n{size // 1024} KB texts: detect {sum(totals) / kilobytes * 1000:.3f} ms/KB")
        for name, seconds in per_step.most_common():
            if seconds / kilobytes * 1000 >= 0.0005:
                print(f"  {name:<34} {seconds / kilobytes * 1000:.4f}")


if __name__ == "__main__":
    main()
