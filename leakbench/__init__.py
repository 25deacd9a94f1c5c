"""leakbench: the ground-truth leak benchmark for redactor policies.

Generated workloads (or annotated JSONL) run through the same Pipeline the
proxy runs; metrics say how much sensitive content still reaches the wire and
what that protection costs in utility and latency.
"""
from leakbench.loaders import DatasetError, load_dataset
from leakbench.runner import PolicyRun, load_samples, process_sample, run_benchmark, run_policy
from leakbench.samples import AnnotatedSegment, Annotation, Sample
from leakbench.scoring import SampleOutcome, SampleResult
from leakbench.workloads import WORKLOADS

__all__ = [
    "AnnotatedSegment", "Annotation", "DatasetError", "PolicyRun", "Sample", "SampleOutcome",
    "SampleResult", "WORKLOADS", "load_dataset", "load_samples", "process_sample", "run_benchmark",
    "run_policy",
]
