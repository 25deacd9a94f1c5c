"""Shared fixtures for the image and upload tests."""
import base64
import hashlib
import uuid

import pytest

# 1x1 transparent PNG
PIXEL_PNG_DATA_URI = (
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)
PIXEL_GIF_B64 = "R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"

UPLOAD_ID = uuid.UUID("9b2e4c1a-7d3f-4a8e-b5c6-0f1e2d3c4b5a")
OTHER_UPLOAD_ID = "c0ffee00-1234-4abc-9def-0123456789ab"
EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
EMPTY_MD5 = "d41d8cd98f00b204e9800998ecf8427e"
FIXTURE_COMMIT = "2fd4e1c67a2d28fced849ee1bb76e7391b93eb12"

VERY_LONG_IDENTIFIER_FOR_TESTING_TOKEN_REFRESH_BEHAVIOUR = "refresh_access_token_when_expired_and_retry_request"
tokenRefreshRetryBackoffMillisecondsForTests = 250


@pytest.fixture
def pixel_bytes() -> bytes:
    return base64.b64decode(PIXEL_PNG_DATA_URI.split(",", 1)[1])


@pytest.fixture
def fake_password() -> str:
    # generated per test run, never a real credential
    return uuid.uuid4().hex


def test_pixel_digest(pixel_bytes):
    assert hashlib.sha256(pixel_bytes).hexdigest() != EMPTY_SHA256


def test_token_header_format():
    token = "test-token"
    header = {"Authorization": f"Bearer {token}"}
    assert header["Authorization"].startswith("Bearer ")


def test_password_is_not_logged(caplog, fake_password):
    from app.auth import login
    login("alice", fake_password)
    assert fake_password not in caplog.text
