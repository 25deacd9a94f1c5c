package main

import (
	"database/sql"
	"fmt"
	"log"
	"net/http"
	"os"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
	_ "github.com/lib/pq"
)

const (
	telegramToken = "602650315:AAhb2R4LAzgFJFAKEkZVKMUJR-L4apJ_YFe"
	twilioSID     = "AC7e3b9f1d5a2c8e4b6f0a9d3c7e1b5f2a"
	twilioToken   = "8d772dfc19deadbeefccc4b656140d79"
	oktaAPIToken  = "00g8UWWFtTFLwcYFAKE_gmGTWqrBwf5PWFzkz0whM5"
)

var dbPassword = "G0-s3rv1ce-db!"

type Config struct {
	SlackToken  string
	StripeKey   string
	ShopifyKey  string
}

func loadConfig() Config {
	return Config{
		SlackToken: "xoxp-71367469025-45900894725-1244997028494-6c1a0a9b10deadbeef2ce113fc39271e",
		StripeKey:  "sk_live_51OtC5NvO966o1pm4ghnqDX7xJELChs9PGFAKEKY5W0t1hD3yvTxbt9XwtKpuSFXr4tGePZ7YvhNHlZEcFGKwhSZ03irvvhYNA",
		ShopifyKey: "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",
	}
}

func main() {
	connStr := "postgres://gosvc:G0-s3rv1ce-db!@localhost:5432/orders?sslmode=disable"
	db, err := sql.Open("postgres", connStr)
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()

	bot, err := tgbotapi.NewBotAPI(telegramToken)
	if err != nil {
		log.Panic(err)
	}
	fmt.Println("authorized on account", bot.Self.UserName, os.Getenv("HOSTNAME"))

	req, _ := http.NewRequest("GET", "https://acme.okta.com/api/v1/groups", nil)
	req.Header.Set("Authorization", "SSWS "+oktaAPIToken)
	http.DefaultClient.Do(req)
}
