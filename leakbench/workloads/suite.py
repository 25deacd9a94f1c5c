"""What all workloads of one benchmark run share: the seed, the organisation and the population."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from leakbench.org_profile import OrgProfile, generate_org


@dataclass
class Suite:
    seed: int = 0
    org: OrgProfile = field(init=False)

    def __post_init__(self) -> None:
        self.org = generate_org(self.seed)

    @cached_property
    def population(self):
        """The people implicit_identity samples are about (built on first use)."""
        from leakbench.population import generate_population

        return generate_population(self.seed, self.org)
