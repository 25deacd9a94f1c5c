// Command orders serves the orders HTTP API.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"os"
	"os/signal"
	"strconv"
	"syscall"
	"time"
)

const (
	defaultPort     = 8080
	shutdownTimeout = 10 * time.Second
	maxBodyBytes    = 1 << 20
)

type Order struct {
	ID         int64     `json:"id"`
	Number     string    `json:"number"`
	Status     string    `json:"status"`
	TotalCents int64     `json:"total_cents"`
	PlacedAt   time.Time `json:"placed_at"`
}

type Store interface {
	Get(ctx context.Context, id int64) (*Order, error)
	List(ctx context.Context, limit, offset int) ([]Order, error)
}

type Server struct {
	store  Store
	logger *slog.Logger
}

var errNotFound = errors.New("order not found")

func (s *Server) handleOrder(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		http.Error(w, "invalid id", http.StatusBadRequest)
		return
	}
	order, err := s.store.Get(r.Context(), id)
	if errors.Is(err, errNotFound) {
		http.NotFound(w, r)
		return
	}
	if err != nil {
		s.logger.Error("get order", "id", id, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(order)
}

func main() {
	logger := slog.New(slog.NewJSONHandler(os.Stdout, nil))
	port := defaultPort
	if value, ok := os.LookupEnv("PORT"); ok {
		if parsed, err := strconv.Atoi(value); err == nil {
			port = parsed
		}
	}
	server := &Server{logger: logger}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /v2/orders/{id}", server.handleOrder)
	httpServer := &http.Server{Addr: ":" + strconv.Itoa(port), Handler: http.MaxBytesHandler(mux, maxBodyBytes)}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		if err := httpServer.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
			logger.Error("listen", "err", err)
			os.Exit(1)
		}
	}()
	<-ctx.Done()
	shutdownCtx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	_ = httpServer.Shutdown(shutdownCtx)
}
