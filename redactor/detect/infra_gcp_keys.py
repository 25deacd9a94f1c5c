"""Google Cloud project ids under a bare `project` key and in GKE context names (round 19).

1. **A bare `project` key in Google Cloud text.** gcloud's JSON (`"project": "trevalo-data-lake"`), its
   config listing (`project = trevalo-ml-sandbox`), Terraform's google provider and Deployment Manager YAML
   hold the project id under a key named only `project`. That key is common elsewhere (`project: redactor`,
   `"project": "Website redesign"`), so it counts only when the text speaks of Google Cloud (gcloud, GCP,
   googleapis, GKE, BigQuery, a service account's domain, a `projects/` path or a GCP region such as
   `europe-west1`) and the value has a project id's shape: 6 to 30 lower-case letters, digits and hyphens,
   a letter first, with a hyphen or digit (the coined names of real projects). Doubtful (0.55).
2. **GKE context names.** `gcloud container clusters get-credentials` names the kubeconfig context and
   cluster `gke_<project>_<location>_<cluster>`: the second part is the project id whatever the context
   is written in (kubectl output, `current-context:`, `--context`). Certain layout: 0.8.

Cost: a look for the cue words in the text's shared cue scan; the regexes run only where they occur.
"""
from __future__ import annotations

import re
from typing import Iterator

from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.keywords import contains_any, lowered_same_length, matches_at_keywords

BARE_PROJECT_KEY_SCORE = DOUBTFUL_SCORE
GKE_CONTEXT_SCORE = 0.8
_PROJECT_ID = r"[a-z][a-z0-9-]{4,28}[a-z0-9]"
# "project": "x" / project: x / project = "x"; the key alone (not gcp_project, project_id: infra.py's rules).
_BARE_PROJECT_KEY = re.compile(
    r"(?<![\w.-])project[\"']?[ \t]*[:=][ \t]*[\"']?(?P<value>" + _PROJECT_ID + r")[\"']?(?![\w.@/-])"
)
_GOOGLE_CLOUD_WORDS = ("gcloud", "gcp", "google", "gke", "bigquery", "gserviceaccount", "projects/", "gsutil",
                       "cloudsdk")
_GCP_REGION = re.compile(
    r"\b(?:us|europe|asia|australia|northamerica|southamerica|me|africa)-(?:north|south|east|west|central|northeast"
    r"|southeast|northwest|southwest)\d{1,2}(?:-[a-f])?\b"
)
_GKE_CONTEXT = re.compile(r"(?<![\w-])gke_(?P<project>" + _PROJECT_ID + r")_[a-z]+-[a-z]+\d{1,2}(?:-[a-z])?_[\w-]+")


def find_gcp_project_keys(text: str) -> Iterator[tuple[int, int, float]]:
    """[start, end, score] of GCP project ids under a bare `project` key and in GKE context names."""
    if contains_any(text, ("gke_",)):
        for match in _GKE_CONTEXT.finditer(text):
            yield match.start("project"), match.end("project"), GKE_CONTEXT_SCORE
    if not contains_any(text, ("project",)):
        return
    lowered = lowered_same_length(text)
    if not (contains_any(lowered, _GOOGLE_CLOUD_WORDS) or _GCP_REGION.search(text)):
        return
    for match in matches_at_keywords(_BARE_PROJECT_KEY, text, ("project",), lowered):
        if re.search(r"[-\d]", match.group("value")):
            yield match.start("value"), match.end("value"), BARE_PROJECT_KEY_SCORE
