package secrets

import (
	"context"
	"fmt"
	"os"

	vault "github.com/hashicorp/vault/api"
)

// Client reads application secrets from Vault at startup.
type Client struct {
	vc *vault.Client
}

func New() (*Client, error) {
	cfg := vault.DefaultConfig()
	cfg.Address = os.Getenv("VAULT_ADDR")
	vc, err := vault.NewClient(cfg)
	if err != nil {
		return nil, fmt.Errorf("vault client: %w", err)
	}
	token := os.Getenv("VAULT_TOKEN")
	if token == "" {
		return nil, fmt.Errorf("VAULT_TOKEN is not set")
	}
	vc.SetToken(token)
	return &Client{vc: vc}, nil
}

// DBPassword returns the current database password.
func (c *Client) DBPassword(ctx context.Context) (string, error) {
	secret, err := c.vc.KVv2("secret").Get(ctx, "accounts/db")
	if err != nil {
		return "", err
	}
	password, ok := secret.Data["password"].(string)
	if !ok {
		return "", fmt.Errorf("password missing in secret accounts/db")
	}
	return password, nil
}
