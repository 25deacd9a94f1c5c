"""A package manager's index, registry or mirror setting names the organisation's own host unless it is a public registry."""
import pytest

from redactor.detect.base import DetectionInput
from redactor.detect.infra import InfraDetector, registrable_domain
from redactor.detect.infra_registries import find_registry_hosts


def _hosts(text: str) -> list[str]:
    return [text[start:end] for start, end, _ in find_registry_hosts(text, registrable_domain)]


@pytest.mark.parametrize("text,host", [
    ('[registries.tools]\nindex = "sparse+https://cargo.build.wrenfield.dev/index/"', "cargo.build.wrenfield.dev"),
    ("[private]\nrepository = https://pypi.data.ostrava-labs.ai/simple\nusername = ci", "pypi.data.ostrava-labs.ai"),
    ("[global]\nextra-index-url = https://packages.tallgrass.tech/pypi/simple", "packages.tallgrass.tech"),
    ("@tallgrass:registry=https://npm.pkg.tallgrass.co/", "npm.pkg.tallgrass.co"),
    ("//npm.pkg.tallgrass.co/:_authToken=${NPM_TOKEN}", "npm.pkg.tallgrass.co"),
    ("export GOPROXY=https://goproxy.svc.halden.net,direct", "goproxy.svc.halden.net"),
    ("<mirrors><mirror><id>corp</id><url>https://maven.ci.halden.net/repository/public/</url></mirror></mirrors>",
     "maven.ci.halden.net"),
    ('[[tool.poetry.source]]\nname = "corp"\nurl = "https://pkgs.halden.net/simple/"', "pkgs.halden.net"),
])
def test_a_registry_setting_names_the_organisations_mirror(text, host):
    assert _hosts(text) == [host]
    assert any(text[s.start:s.end] == host and s.kind == "INTERNAL_HOSTNAME"
               for s in InfraDetector().detect(DetectionInput(text)))


def test_every_host_of_a_docker_auths_map_but_the_public_ones():
    text = ('{"auths": {"registry.gitlab.ferncliff.io": {"auth": "Y2k6c2VjcmV0"},\n'
            '  "ghcr.io": {"auth": "dTpw"}, "https://harbor.ferncliff.io/v2/": {"auth": "dTpx"}}}')
    assert _hosts(text) == ["registry.gitlab.ferncliff.io", "harbor.ferncliff.io"]


@pytest.mark.parametrize("text", [
    "registry=https://registry.npmjs.org/",
    "[global]\nindex-url = https://pypi.org/simple\nextra-index-url = https://download.pytorch.org/whl/cpu",
    "export GOPROXY=https://proxy.golang.org,direct",
    '{"auths": {"https://index.docker.io/v1/": {"auth": "dTpw"}}}',
    # A bare `url` key is a registry setting only in a registry's file.
    'homepage:\n  url = "https://wrenfield.dev/about"',
])
def test_public_registries_and_unrelated_urls_stay(text):
    assert _hosts(text) == []
