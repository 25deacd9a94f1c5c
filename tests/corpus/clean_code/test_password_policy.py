import pytest

from accounts.policy import PasswordPolicy, validate_password


@pytest.fixture
def policy():
    return PasswordPolicy(min_length=12, require_digit=True)


@pytest.mark.parametrize("password", ["short", "alllowercaseletters", "NoDigitsHereAtAll"])
def test_weak_passwords_are_rejected(policy, password):
    assert validate_password(password, policy)


def test_strong_password_is_accepted(policy):
    password = policy.generate()
    assert validate_password(password, policy) == []


def test_error_message_does_not_contain_password(policy):
    errors = validate_password("short", policy)
    assert all("short" not in e for e in errors)


def test_token_ttl_default():
    assert PasswordPolicy().reset_token_ttl_minutes == 30
