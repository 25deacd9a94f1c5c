// Typed client for the catalogue API (v2).
import { z } from "zod";

export const ProductSchema = z.object({
  id: z.string().uuid(),
  sku: z.string().min(3).max(64),
  title: z.string(),
  priceCents: z.number().int().nonnegative(),
  tags: z.array(z.string()).default([]),
  updatedAt: z.string().datetime(),
});
export type Product = z.infer<typeof ProductSchema>;

export interface ClientOptions {
  baseUrl: string;
  timeoutMs?: number;
  retries?: number;
  userAgent?: string;
}

const DEFAULT_TIMEOUT_MS = 10_000;
const RETRYABLE_STATUS = new Set([408, 425, 429, 500, 502, 503, 504]);

export class CatalogueClient {
  private readonly baseUrl: string;
  private readonly timeoutMs: number;
  private readonly retries: number;

  constructor(private readonly options: ClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, "");
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.retries = options.retries ?? 3;
  }

  async getProduct(productId: string): Promise<Product> {
    const response = await this.request(`/v2/products/${encodeURIComponent(productId)}`);
    return ProductSchema.parse(await response.json());
  }

  async listProducts(page = 1, pageSize = 50): Promise<Product[]> {
    const query = new URLSearchParams({ page: String(page), page_size: String(pageSize) });
    const response = await this.request(`/v2/products?${query}`);
    const body = (await response.json()) as { items: unknown[] };
    return body.items.map((item) => ProductSchema.parse(item));
  }

  private async request(path: string, attempt = 0): Promise<Response> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);
    try {
      const response = await fetch(this.baseUrl + path, {
        headers: { Accept: "application/json", "User-Agent": this.options.userAgent ?? "catalogue-client/2.3.1" },
        signal: controller.signal,
      });
      if (RETRYABLE_STATUS.has(response.status) && attempt < this.retries) {
        await new Promise((resolve) => setTimeout(resolve, 2 ** attempt * 250));
        return this.request(path, attempt + 1);
      }
      if (!response.ok) {
        throw new Error(`GET ${path} failed with ${response.status} ${response.statusText}`);
      }
      return response;
    } finally {
      clearTimeout(timer);
    }
  }
}

// Example: const client = new CatalogueClient({ baseUrl: "http://localhost:8080" });
