"""measure.py TREE OUT PATH... : run policy `default` in process (the tree's code) over every JSONL
under each PATH (a corpus dir or a file); write OUT/<dir>__<stem>.json with per-kind counts only.
Never stores a value. JOBS=n runs n files at once."""
import json, os, subprocess, sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

PY = sys.executable  # the venv running this script runs each child
CHILD = r'''
import json, sys
from collections import Counter
from leakbench.loaders import load_dataset
from leakbench.runner import run_policy
path, out, policy = sys.argv[1], sys.argv[2], sys.argv[3]
samples = load_dataset(path)
run = run_policy(policy, samples, label=policy)
leaked, total = Counter(), Counter()
altered = words = 0
routes = Counter()
for result in run.results:
    routes[result.route] += 1
    for leak in result.leaks:
        key = f"{leak.category}/{leak.kind}"
        total[key] += 1
        leaked[key] += bool(leak.combined)
    if result.over_redaction:
        altered += result.over_redaction[0]; words += result.over_redaction[1]
json.dump({"file": path, "samples": len(samples), "routes": dict(routes),
           "kinds": {k: [leaked[k], total[k]] for k in sorted(total)},
           "over": [altered, words], "seconds": round(run.duration_s, 1)}, open(out, "w"), indent=1)
'''

def one(tree, outdir, path, policy):
    name = f"{path.parent.name}__{path.stem}"
    target = outdir / f"{name}.json"
    env = dict(os.environ, PYTHONPATH=str(tree), TOKENIZERS_PARALLELISM="false")
    proc = subprocess.run([PY, "-c", CHILD, str(path), str(target), policy], cwd=tree, env=env,
                          capture_output=True, text=True)
    if proc.returncode:
        print(f"FAILED {name}: {proc.stderr[-2000:]}", file=sys.stderr)
    else:
        print(f"done {name}", flush=True)

def main():
    tree, outdir = Path(sys.argv[1]).resolve(), Path(sys.argv[2]); outdir.mkdir(parents=True, exist_ok=True)
    policy = os.environ.get("POLICY", "default")
    files = []
    for arg in sys.argv[3:]:
        p = Path(arg)
        files += sorted(p.glob("*.jsonl")) if p.is_dir() else [p]
    with ThreadPoolExecutor(int(os.environ.get("JOBS", "1"))) as pool:
        list(pool.map(lambda f: one(tree, outdir, f.resolve(), policy), files))

main()
