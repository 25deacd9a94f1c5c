"""Round 9, wave 2: OTP seeds with the account between, Heroku UUID keys in prose, "<>" inside a
password in prose, and password hashes of more crypt families (own examples; dev set first, then a
check set written after the change)."""
from __future__ import annotations

import pytest

from redactor.detect.base import DetectionInput
from redactor.detect.secrets import SecretsDetector

SECRETS = SecretsDetector()


def spans_of(text: str, kind: str = "prose"):
    return list(SECRETS.detect(DetectionInput(text, kind)))


def covered_whole(text: str, value: str, kind: str | None = None) -> bool:
    start = text.index(value)
    return any(s.start <= start and s.end >= start + len(value) and (kind is None or s.kind == kind)
               for s in spans_of(text))


def kinds(text: str) -> list[str]:
    return [span.kind for span in spans_of(text)]


# --- dev set -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "kind"), [
    ("the seed for root is JBSWY3DPEHPK3PXP", "JBSWY3DPEHPK3PXP", "OTP_SEED"),
    ("TOTP seed for admin: KRSXG5CTMVRXEZLU", "KRSXG5CTMVRXEZLU", "OTP_SEED"),
    ("the 2fa seed of the deploy account is GEZDGNBVGY3TQOJQ", "GEZDGNBVGY3TQOJQ", "OTP_SEED"),
    ("heroku key 6f1c2a9e-3b4d-4e8f-9a7b-1c2d3e4f5a6b", "6f1c2a9e-3b4d-4e8f-9a7b-1c2d3e4f5a6b", "HEROKU_API_KEY"),
    ("my heroku api key is 0a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d can you check", "0a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d",
     "HEROKU_API_KEY"),
    ("the db password is Zx9<q>Lm2!vR, don't share it", "Zx9<q>Lm2!vR", "PASSWORD"),
    ("set the password is Ab3>xy<9Qz and restart", "Ab3>xy<9Qz", "PASSWORD"),
    ("enable secret 9 $9$nhEmQVczB7dqsO$X.HsgL6x1il0RxkOSSvyQYwucySCt7qFm4v7pqCxkKM",
     "$9$nhEmQVczB7dqsO$X.HsgL6x1il0RxkOSSvyQYwucySCt7qFm4v7pqCxkKM", "PASSWORD_HASH"),
    ("username admin privilege 15 secret 8 $8$dsYGNam3K1SIJO$7nv/35M/qr6t.dVc7UY9zrJDWRVqncHub1PE9UlMQFs",
     "$8$dsYGNam3K1SIJO$7nv/35M/qr6t.dVc7UY9zrJDWRVqncHub1PE9UlMQFs", "PASSWORD_HASH"),
    ('{"user": "ops", "hash": "$2b$12$KIXQJ3p9jZ1s8Qe4kL5mOe7VbQn2Wc6Yr0tUa9Xd3Fh1Gi5Jk7"}',
     "$2b$12$KIXQJ3p9jZ1s8Qe4kL5mOe7VbQn2Wc6Yr0tUa9Xd3Fh1Gi5Jk7", "PASSWORD_HASH"),
])
def test_dev_set_is_found_whole(text, value, kind):
    assert covered_whole(text, value, kind)


def test_trailing_markup_is_not_part_of_a_password_in_prose():
    text = "my password is hunter22</td>"
    (span,) = [s for s in spans_of(text) if s.kind == "PASSWORD"]
    assert text[span.start:span.end] == "hunter22"


@pytest.mark.parametrize("text", [
    "the password is <your-password> as in the docs",
    "the random seed is 42 for every run",
    "seed: 1234567890123456",
    "the cost is $5 per seat, $10 for teams",
    "heroku key rotation is documented at https://devcenter.heroku.com",
    "OTP for the user is sent by SMS",
])
def test_documentation_and_prose_stay_clean(text):
    assert kinds(text) == []


# --- check set (written after the change, not tuned on) -----------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("MFA secret for ci-bot: MZXW6YTBOI4DEMRX", "MZXW6YTBOI4DEMRX"),
    ("the authenticator key of the backup user is NBSWY3DPO5XXE3DE", "NBSWY3DPO5XXE3DE"),
    ("seed of svc-deploy = ORSXG5BRGIZTINJW", "ORSXG5BRGIZTINJW"),
    ("Heroku token: 9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a", "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a"),
    ("the new password is Qm<7>xR2#pL, rotate it friday", "Qm<7>xR2#pL"),
    ("root:$5$rounds=5000$Kq9mZ2xLp4$Hk3Lm9Pq2Rs7Tv4Wx8Yz1Ab5Cd6Ef0G:19000:0:99999:7:::",
     "$5$rounds=5000$Kq9mZ2xLp4$Hk3Lm9Pq2Rs7Tv4Wx8Yz1Ab5Cd6Ef0G"),
    ("admin:$y$j9T$Kq9mZ2xLp4Lw$Hk3Lm9Pq2Rs7Tv4Wx8Yz1Ab5Cd6Ef0Gh2Jk4:19500::::::", "$y$j9T$Kq9mZ2xLp4Lw$Hk3Lm9Pq2Rs7Tv4Wx8Yz1Ab5Cd6Ef0Gh2Jk4"),
])
def test_check_set_is_found_whole(text, value):
    assert covered_whole(text, value)


# --- a session cookie written as its name=value pair outside a Cookie header -------------------------

@pytest.mark.parametrize(("text", "pair"), [
    # dev set
    ("the browser sends sessionid=h2k9m4x7q1w8e3r6t5y0u2i9o4p7a1s3 on every request",
     "sessionid=h2k9m4x7q1w8e3r6t5y0u2i9o4p7a1s3"),
    ("connect.sid=s%3AqX9kL2mP7vR4tZ8w.Hk3Lm9Pq2Rs7Tv4Wx8Yz1Ab5Cd6Ef0Gh",
     "connect.sid=s%3AqX9kL2mP7vR4tZ8w.Hk3Lm9Pq2Rs7Tv4Wx8Yz1Ab5Cd6Ef0Gh"),
    ("I copied my cookie from devtools: _app_session=9f3k2m8x7q1w4e6r5t0y9u2i8o3p7a1s and it still 401s",
     "_app_session=9f3k2m8x7q1w4e6r5t0y9u2i8o3p7a1s"),
    ('curl -b "_gh_sess=Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA%3D%3D--a1b2c3d4e5f6" https://github.com',
     "_gh_sess=Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA%3D%3D--a1b2c3d4e5f6"),
    ("JSESSIONID=A1B2C3D4E5F6A7B8C9D0E1F2A3B4C5D6", "JSESSIONID=A1B2C3D4E5F6A7B8C9D0E1F2A3B4C5D6"),
    # check set (written after the change)
    ('{"cookie": "PHPSESSID=k8v2m9x4q7w1e3r6t5y0u2i9o4"}', "PHPSESSID=k8v2m9x4q7w1e3r6t5y0u2i9o4"),
    ("after login the server set ci_session=Tq8mZ2xKp4Lw9Rt5Ny1Bw3Qp7Jh and redirected",
     "ci_session=Tq8mZ2xKp4Lw9Rt5Ny1Bw3Qp7Jh"),
    ("replay it with rack.session=BAh7CEkiD3Nlc3Npb25faWQGOgZFVEkiRTk3 to reproduce",
     "rack.session=BAh7CEkiD3Nlc3Npb25faWQGOgZFVEkiRTk3"),
])
def test_a_session_cookie_pair_is_redacted_with_its_name(text, pair):
    assert covered_whole(text, pair, "SESSION_COOKIE")


@pytest.mark.parametrize(("text", "value"), [
    ("SESSION_KEY=Hk3Lm9Pq2Rs7Tv4Wx8Yz1Ab5Cd6Ef0Gh", "Hk3Lm9Pq2Rs7Tv4Wx8Yz1Ab5Cd6Ef0Gh"),
    ("SESSION_SECRET=Hk3Lm9Pq2Rs7Tv4Wx8Yz1Ab5Cd6Ef0Gh", "Hk3Lm9Pq2Rs7Tv4Wx8Yz1Ab5Cd6Ef0Gh"),
    ("api_token=Hk3Lm9Pq2Rs7Tv4Wx8Yz1Ab5Cd6Ef0Gh", "Hk3Lm9Pq2Rs7Tv4Wx8Yz1Ab5Cd6Ef0Gh"),
])
def test_an_environment_variable_keeps_its_name(text, value):
    (span,) = spans_of(text)
    assert text[span.start:span.end] == value


def test_cookie_names_are_read_in_linear_time():
    from tests.growth import assert_linear_growth
    line = "the browser sends sessionid=h2k9m4x7q1w8e3r6t5y0u2i9o4p7a1s3 and _app_session=9f3k2m8x7q1w4e6r5t0y9u2i8o3p7a\n"
    assert_linear_growth(lambda n: lambda: spans_of(line * n), 400)


# --- a password abbreviated right after an account name -------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("// test account: qa_user pass lantern-bay-7", "lantern-bay-7"),  # dev
    ("the service account: ci-bot pw Kx8-river-21", "Kx8-river-21"),  # check
])
def test_a_password_after_an_account_and_pass_is_found(text, value):
    assert covered_whole(text, value, "PASSWORD")


def test_an_account_sentence_with_the_verb_pass_stays_clean():
    assert kinds("my account is free, pass the salt") == []


# --- crypt hashes with a long salt or another alphabet's characters: whole, to the end of their word ---

@pytest.mark.parametrize(("text", "value"), [
    # dev
    ("password_hash: $6$5Kq9mZ2xLp4Lw8Rt5Ny1Bw$Hk3Lm9Pq2Rs7Tv4Wx8Yz1Ab5Cd6Ef0Gh2Jk4Lm6Np8Qr0St2Uv4Wx6Yz8Ab0Cd2Ef4Gh6Ij8Kl0Mn2",
     "$6$5Kq9mZ2xLp4Lw8Rt5Ny1Bw$Hk3Lm9Pq2Rs7Tv4Wx8Yz1Ab5Cd6Ef0Gh2Jk4Lm6Np8Qr0St2Uv4Wx6Yz8Ab0Cd2Ef4Gh6Ij8Kl0Mn2"),
    ('hash = "$y$j9T$Kq9mZ2xLp4Lw$Hk3Lm9Pq2Rs7Tv4+Wx8Yz1Ab5Cd6Ef0Gh2Jk4=="', "$y$j9T$Kq9mZ2xLp4Lw$Hk3Lm9Pq2Rs7Tv4+Wx8Yz1Ab5Cd6Ef0Gh2Jk4=="),
    # check (written after the change)
    ("svc:$5$Zq1Wx2Ec3Rv4Tb5Yn6Um7Ik$Ol8Pa9Sd0Fg1Hj2Kl3Zx4Cv5Bn6Mq7We8Rt9Yu0Io+Pa1Sd2:19000:0:99999:7:::",
     "$5$Zq1Wx2Ec3Rv4Tb5Yn6Um7Ik$Ol8Pa9Sd0Fg1Hj2Kl3Zx4Cv5Bn6Mq7We8Rt9Yu0Io+Pa1Sd2"),
    ('{"pw": "$2y$10$Hk3Lm9Pq2Rs7Tv4Wx8Yz1Ab5Cd6Ef0Gh2Jk4Lm6Np8Qr0St2Uv4Wx6Yz8Ab"}',
     "$2y$10$Hk3Lm9Pq2Rs7Tv4Wx8Yz1Ab5Cd6Ef0Gh2Jk4Lm6Np8Qr0St2Uv4Wx6Yz8Ab"),
])
def test_a_crypt_hash_is_found_to_the_end_of_its_word(text, value):
    assert covered_whole(text, value, "PASSWORD_HASH")


@pytest.mark.parametrize(("text", "value"), [
    ("the hash is $2b$12$KIXQJ3p9jZ1s8Qe4kL5mOe7VbQn2Wc6Yr0tUa9Xd3Fh1Gi5Jk7Ll2. Is that bcrypt?",
     "$2b$12$KIXQJ3p9jZ1s8Qe4kL5mOe7VbQn2Wc6Yr0tUa9Xd3Fh1Gi5Jk7Ll2"),
    ("root:$1$Xy7Kq2Lm$Hk3Lm9Pq2Rs7Tv4Wx8Yz1.:18000:0:99999:7:::", "$1$Xy7Kq2Lm$Hk3Lm9Pq2Rs7Tv4Wx8Yz1."),
])
def test_a_hash_ends_before_a_full_stop_and_a_shadow_field(text, value):
    (span,) = [s for s in spans_of(text) if s.kind == "PASSWORD_HASH"]
    assert text[span.start:span.end] == value


# --- OTP seeds after "secret key" or a parenthesised note --------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Google Authenticator secret key: JBSWY3DPEHPK3PXP", "JBSWY3DPEHPK3PXP"),  # dev
    ("TOTP secret (base32): KRSXG5CTMVRXEZLU", "KRSXG5CTMVRXEZLU"),  # dev
    ("authenticator secret-key = MZXW6YTBOI4DEMRX", "MZXW6YTBOI4DEMRX"),  # check
    ("OTP seed (from the QR code) for deploy: NBSWY3DPO5XXE3DE", "NBSWY3DPO5XXE3DE"),  # check
])
def test_an_otp_seed_after_secret_key_or_a_note_is_found(text, value):
    assert covered_whole(text, value, "OTP_SEED")


@pytest.mark.parametrize("text", ["the otp code is sent to your phone", "mfa secret for the user is rotated monthly"])
def test_sentences_about_otp_stay_clean(text):
    assert kinds(text) == []
