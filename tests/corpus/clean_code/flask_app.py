"""Minimal Flask app: login, logout and a token-protected API."""
import os
import secrets
from datetime import datetime, timedelta, timezone
from functools import wraps

import jwt
from flask import Flask, abort, jsonify, request, session
from werkzeug.security import check_password_hash, generate_password_hash

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["FLASK_SECRET_KEY"]
app.config["JWT_SECRET"] = os.environ.get("JWT_SECRET", "")
app.config["SESSION_COOKIE_SECURE"] = True

DB_PASSWORD = os.getenv("DB_PASSWORD")
API_TOKEN_TTL = timedelta(hours=1)
PASSWORD_MIN_LENGTH = 12

USERS = {}


def hash_password(password: str) -> str:
    return generate_password_hash(password, method="scrypt")


def issue_token(user_id: int) -> str:
    now = datetime.now(timezone.utc)
    payload = {"sub": str(user_id), "iat": now, "exp": now + API_TOKEN_TTL}
    return jwt.encode(payload, app.config["JWT_SECRET"], algorithm="HS256")


def token_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        header = request.headers.get("Authorization", "")
        if not header.startswith("Bearer "):
            abort(401)
        token = header.removeprefix("Bearer ").strip()
        try:
            claims = jwt.decode(token, app.config["JWT_SECRET"], algorithms=["HS256"])
        except jwt.InvalidTokenError:
            abort(401)
        request.user_id = int(claims["sub"])
        return view(*args, **kwargs)
    return wrapper


@app.post("/login")
def login():
    body = request.get_json(force=True)
    username = body.get("username", "")
    password = body.get("password", "")
    user = USERS.get(username)
    if user is None or not check_password_hash(user["password_hash"], password):
        abort(401)
    session["csrf_token"] = secrets.token_urlsafe(32)
    return jsonify(access_token=issue_token(user["id"]), token_type="Bearer")


@app.post("/register")
def register():
    body = request.get_json(force=True)
    password = body["password"]
    if len(password) < PASSWORD_MIN_LENGTH:
        return jsonify(error="password too short"), 400
    USERS[body["username"]] = {"id": len(USERS) + 1, "password_hash": hash_password(password)}
    return jsonify(ok=True), 201


@app.get("/api/me")
@token_required
def me():
    return jsonify(id=request.user_id)
