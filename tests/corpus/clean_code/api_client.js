// Thin client for the accounts API used by the web app.
const BASE_URL = import.meta.env.VITE_API_BASE_URL ?? "https://api.example.com/v1";

let accessToken = null;
let refreshToken = localStorage.getItem("refreshToken");

export function setTokens(tokens) {
  accessToken = tokens.access_token;
  refreshToken = tokens.refresh_token;
  localStorage.setItem("refreshToken", refreshToken);
}

async function refresh() {
  const res = await fetch(`${BASE_URL}/token/refresh`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ refresh_token: refreshToken }),
  });
  if (!res.ok) throw new Error("refresh failed");
  setTokens(await res.json());
}

export async function apiFetch(path, options = {}) {
  const headers = { ...options.headers, Authorization: `Bearer ${accessToken}` };
  let res = await fetch(`${BASE_URL}${path}`, { ...options, headers });
  if (res.status === 401 && refreshToken) {
    await refresh();
    res = await fetch(`${BASE_URL}${path}`, { ...options, headers: { ...headers, Authorization: `Bearer ${accessToken}` } });
  }
  return res;
}

export async function login(email, password) {
  const res = await fetch(`${BASE_URL}/login`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error("login failed");
  setTokens(await res.json());
}

export const apiKeyHeaderName = "X-API-Key";
export const passwordResetPath = "/password/reset";
