"""precision16: coding agents' prose names code paths after the words login rules read as cues ("from app.config to
utils.retry", "compare with res.locals"); one predicate (login_code_paths.reads_as_code_path) keeps every login
finder and the coined-private-name host rule off them, while logins of the same shape stay found. Project file
names are no organisation, developer labels at a line start are no speakers."""
from __future__ import annotations

import pytest

from redactor.detect.base import DetectionInput
from redactor.detect.infra import InfraDetector
from redactor.detect.login_code_paths import reads_as_code_path
from redactor.detect.ner import _speakers
from redactor.detect.org_capitalised_words import capitalised_common_words
from redactor.detect.org_unlisted_words import unlisted_words
from redactor.detect.pii import PiiDetector

# Dev set: realistic coding-agent prose (instructions, review comments, issues, commit messages; Python, JS/TS,
# Go, Java, Ruby), each with code paths and a real login.
DEV = [
    ("Move the retry logic from app.config to utils.retry and ping nakamura.k when done.", "nakamura.k"),
    ("In the Express handler, compare with res.locals and ctx.state before calling next().", None),
    ("The regression came after the change to cfg.model.encoder by the refactor in #412.", None),
    ("Please keep app.config.settings and self.db.session in sync; anna.kowalski owns that module.", "anna.kowalski"),
    ("Review comment: req.headers.auth and req.body are both read twice here.", None),
    ("numpy's np.linalg.eigh is faster than np.linalg.eig for symmetric input, per li.wei.", "li.wei"),
    ("fix(api): read the token from req.cookies instead of req.query; reported by mark.white", "mark.white"),
    ("In Go, pass ctx.Done to the worker and close the channel; assigned to oyelaran.k.", "oyelaran.k"),
    ("The Rails callback uses self.errors and record.user; t.wojtyniak asked for a spec.", "t.wojtyniak"),
    ("TODO: replace os.environ lookups with settings.database and config.redis, cc lchen88", "lchen88"),
    ("Issue: crash in torch.nn.functional when called with empty batch (reported by svitlana_kh)", "svitlana_kh"),
    ("Java: the bean is injected into service.user and then passed to repo.orders by the controller.", None),
    ("Refactor: move validation from views.checkout to forms.checkout, with tests for forms.address.", None),
    ("Commit: rename session.store to cache.store and update docs; approved by anna.kowalski", "anna.kowalski"),
    ("The TypeScript types for props.children and state.items are wrong, says li.wei.", "li.wei"),
    ("Migrate from django.db.models to the new orm.models layer; reviewed by mark.white", "mark.white"),
    ("For the Ruby client, call client.users then page.next with the cursor; thanks oyelaran.k", "oyelaran.k"),
    ("Logging goes through rails.logger and then to app.logger.info in the worker, per t.wojtyniak.", "t.wojtyniak"),
    ("We should read env.port and env.host with defaults, and thanks lchen88 for the patch.", "lchen88"),
    ("The plot via plt.subplots and sns.heatmap breaks with pandas 2; svitlana_kh has a fix.", "svitlana_kh"),
    ("Compare with this.state and this.props in the old component, assigned to nakamura.k.", "nakamura.k"),
]
# Check set, written after the change and not tuned on.
CHECK = [
    ("Could you move the validation from api.routes to api.schemas? assigned to ewa.nowak", "ewa.nowak"),
    ("Please benchmark np.fft.rfft against scipy.fft for long inputs, per hana_s.", "hana_s"),
    ("Bug: props.items is undefined on first render when state.loading is true (opened by d.okafor)", "d.okafor"),
    ("After the merge, http.client timeouts go through session.timeout; cc joao.silva", "joao.silva"),
    ("Typo in docs.install fixed; also renamed utils.paths to helpers.paths (reviewed by fatima.z)", "fatima.z"),
    ("go: pass ctx.Err up from worker.Run instead of logging it; reported by ivan.petrov", "ivan.petrov"),
    ("Renamed views.profile to views.account and moved forms.profile with it; thanks sofia.g", "sofia.g"),
]


def _wire(text: str) -> dict[str, str]:
    item = DetectionInput(text, "prose")
    return {text[s.start:s.end]: s.kind for s in PiiDetector().detect(item) + InfraDetector().detect(item)}


@pytest.mark.parametrize("text, login", DEV + CHECK)
def test_code_paths_go_out_clean_and_logins_stay_found(text, login):
    found = _wire(text)
    assert not [value for value in found if "." in value and reads_as_code_path(value)]
    assert not [value for value, kind in found.items() if kind in ("USERNAME", "INTERNAL_HOSTNAME") and value != login]
    if login:
        assert found.get(login) == "USERNAME"


@pytest.mark.parametrize("token", ["app.config", "utils.retry", "res.locals", "ctx.state", "cfg.model.encoder",
                                   "self.db.session", "req.body", "np.linalg.eigh", "torch.nn.functional"])
def test_code_paths(token):
    assert reads_as_code_path(token)


@pytest.mark.parametrize("login", ["nakamura.k", "anna.kowalski", "j.smith", "li.wei", "mark.white", "oyelaran.k",
                                   "t.wojtyniak", "lchen88", "svitlana_kh", "grant.hill", "max.power", "wei.li",
                                   "john.doe", "maria.garcia", "will.turner"])
def test_logins_are_no_code_paths(login):
    assert not reads_as_code_path(login)


def test_hosts_under_a_coined_private_name_stay_hosts():
    assert not reads_as_code_path("db.core.zentra")
    assert not reads_as_code_path("orders.svc.zentra")


@pytest.mark.parametrize("text", ["Please see Makefile and Changelog for the release process.",
                                  "Update the Makefile and Changelog, then tag the release.",
                                  "We moved the tasks into a Taskfile and the hooks into the Justfile."])
def test_project_files_are_no_organisation(text):
    assert list(capitalised_common_words(text, "t")) == []
    assert list(unlisted_words(text, "t")) == []


@pytest.mark.parametrize("text", ["Summary of the PR\nDocs: updated the README and the API page",
                                  "Changelog: bumped version\nDocs: fixed typo\nRefs: #123",
                                  "Deps: bumped pydantic\nSpecs: added two"])
def test_developer_labels_are_no_speakers(text):
    assert _speakers(text, "t") == []


def test_a_speaker_stays_a_speaker():
    text = "Ayodele: did anyone run the migration?\nDocs: https://example.com"
    assert [text[s.start:s.end] for s in _speakers(text, "t")] == ["Ayodele"]
