"""A URL login whose password repeats its user name, on the asker's own machine, is a default, not a secret."""
from redactor.detect.base import DetectionInput
from redactor.detect.secret_urls import is_default_local_login
from redactor.detect.secrets import SecretsDetector

_DETECTOR = SecretsDetector()


def _found(text: str) -> list[str]:
    return [text[span.start:span.end] for span in _DETECTOR.detect(DetectionInput(text=text, segment_kind="code"))]


def test_broker_and_database_defaults_on_loopback_are_not_secrets():
    compose = ("environment:\n  AMQP_URL: amqp://guest:guest@localhost:5672/\n"
               "  MYSQL_URL: mysql://root:root@127.0.0.1:3306/shop_test\n"
               "  MONGO: mongodb://admin:Admin@host.docker.internal:27017/?authSource=admin\n")
    assert not any(":guest@" in value or "root:root" in value or "admin:Admin" in value for value in _found(compose))


def test_a_real_password_on_loopback_stays_a_credential():
    text = "DATABASE_URL=postgres://shop:Vq8!mLr2zT@localhost:5432/shop\n"
    assert any("Vq8!mLr2zT" in value for value in _found(text))


def test_a_repeated_password_on_another_host_stays_a_credential():
    text = "BROKER=amqp://billing:billing@mq.internal.acme-pay.net:5672/prod\n"
    assert any("billing:billing" in value for value in _found(text))


def test_the_predicate_reads_the_userinfo_and_the_host():
    assert is_default_local_login("postgres:postgres@localhost:5432/app_dev")
    assert is_default_local_login("sa:SA@[::1]:1433")
    assert not is_default_local_login("postgres:postgres@localhost.acme.net:5432/app")
    assert not is_default_local_login("postgres@localhost:5432/app")
    assert not is_default_local_login("postgres:s3cret@localhost:5432/app")
