"""Pipeline stages: route (A), placeholders (B), generalize and rephrase (C), noise (H).

Each stage implements `redactor.core.Stage` (`run(work)`, raising a
`PipelineError` to stop the request); `build_stages` turns a policy's `stages`
list into the chain, in the policy's order.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from redactor.core import Stage

if TYPE_CHECKING:
    from redactor.detect.engine import DetectionEngine
    from redactor.policy import Policy


def build_stages(policy: Policy, engine: DetectionEngine | None = None, local_backend: Any = None) -> list[Stage]:
    """Instantiate the policy's stage chain, in the policy's order.

    `engine` lets the rephrase stage validate rewrites with the pipeline's own
    detectors; `local_backend` is the model the proxy serves local requests
    with (None: the stages open the policy's `routing.backend`, shared per
    process by `redactor.backends.open_local_backend`). Each stage's
    module is imported only when a policy names it, so a policy without noise
    never loads the DP code.
    """
    stages: list[Stage] = []
    for name in policy.stages:
        if name == "placeholders":
            from redactor.stages.placeholders import PlaceholderStage

            stages.append(PlaceholderStage())
        elif name == "route":
            from redactor.stages.route import RouteStage

            stages.append(RouteStage(policy, local_backend=local_backend))
        elif name == "generalize":
            from redactor.stages.generalize import GeneralizeStage

            stages.append(GeneralizeStage(policy, local_backend=local_backend, engine=engine))
        elif name == "rephrase":
            from redactor.stages.rephrase import RephraseStage

            stages.append(RephraseStage(policy, local_backend=local_backend, engine=engine))
        elif name == "noise":
            from redactor.stages.noise import NoiseStage

            stages.append(NoiseStage(policy))
    return stages
