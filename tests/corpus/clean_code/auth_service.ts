import jwt, { JwtPayload } from "jsonwebtoken";
import { Request, Response, NextFunction } from "express";
import { redis } from "./redis";

const JWT_SECRET = process.env.JWT_SECRET ?? "";
const REFRESH_TOKEN_TTL_SECONDS = 60 * 60 * 24 * 30;
const ACCESS_TOKEN_TTL = "15m";

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  tokenType: "Bearer";
  expiresIn: number;
}

export async function issueTokens(userId: string): Promise<TokenPair> {
  if (!JWT_SECRET) {
    throw new Error("JWT_SECRET is not configured");
  }
  const accessToken = jwt.sign({ sub: userId }, JWT_SECRET, { expiresIn: ACCESS_TOKEN_TTL });
  const refreshToken = crypto.randomUUID();
  await redis.set(`refresh:${refreshToken}`, userId, "EX", REFRESH_TOKEN_TTL_SECONDS);
  return { accessToken, refreshToken, tokenType: "Bearer", expiresIn: 900 };
}

export async function refreshAccessToken(refreshToken: string): Promise<TokenPair | null> {
  const userId = await redis.get(`refresh:${refreshToken}`);
  if (!userId) return null;
  await redis.del(`refresh:${refreshToken}`);
  return issueTokens(userId);
}

export function requireAuth(req: Request, res: Response, next: NextFunction) {
  const authorization = req.headers.authorization ?? "";
  const [scheme, token] = authorization.split(" ");
  if (scheme !== "Bearer" || !token) {
    return res.status(401).json({ error: "missing bearer token" });
  }
  try {
    const payload = jwt.verify(token, JWT_SECRET) as JwtPayload;
    res.locals.userId = payload.sub;
    return next();
  } catch (err) {
    return res.status(401).json({ error: "invalid token" });
  }
}

export const passwordPolicy = {
  minLength: 12,
  requireDigit: true,
  requireSymbol: false,
};

export function validatePassword(password: string): string[] {
  const errors: string[] = [];
  if (password.length < passwordPolicy.minLength) errors.push("too short");
  if (passwordPolicy.requireDigit && !/\d/.test(password)) errors.push("needs a digit");
  return errors;
}
