# The Go client and runner of the parity check (included by the Makefile).
#
#   make generate-go          regenerate parity/runners/go/wriftapi from openapi.yaml
#   make check-generated-go   fail if the committed Go client differs from a fresh generation
#   make go-runner            gofmt-check, vet and build parity/build/go-runner (what `make parity` runs)
#
# oapi-codegen is pinned as a tool of parity/runners/go/go.mod (go.sum holds its checksums),
# so `go tool oapi-codegen` runs exactly that version; the Go module proxy fills the module
# cache on first use. Settings: oapi-codegen.yaml (with overlay.yaml, Go-only names).
GO_DIR := parity/runners/go
GO_CLIENT := $(GO_DIR)/wriftapi/client.gen.go
GO_RUNNER := parity/build/go-runner
GO_CMD := cd $(GO_DIR) && GOFLAGS=-mod=readonly go

.PHONY: generate-go check-generated-go go-runner

generate-go:
	@$(GO_CMD) tool oapi-codegen -config oapi-codegen.yaml ../../../openapi.yaml
	@echo "generated $(GO_CLIENT) from openapi.yaml"

check-generated-go:
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	sed "s|^output: .*|output: $$tmp/client.gen.go|" $(GO_DIR)/oapi-codegen.yaml >"$$tmp/config.yaml"; \
	( $(GO_CMD) tool oapi-codegen -config "$$tmp/config.yaml" ../../../openapi.yaml ); \
	if diff "$$tmp/client.gen.go" "$(GO_CLIENT)" >"$$tmp/diff"; then \
		echo "check-generated: $(GO_CLIENT) matches openapi.yaml"; \
	else \
		head -n 60 "$$tmp/diff"; \
		echo "check-generated: $(GO_CLIENT) is stale or hand-edited; run 'make generate'"; exit 1; \
	fi

go-runner: $(GO_RUNNER)

$(GO_RUNNER): $(GO_DIR)/go.mod $(GO_DIR)/go.sum $(GO_CLIENT) $(wildcard $(GO_DIR)/runner/*.go)
	@mkdir -p $(dir $@)
	@cd $(GO_DIR) && test -z "$$(gofmt -l runner)" || { gofmt -l $(GO_DIR)/runner; echo "go-runner: run gofmt -w"; exit 1; }
	@$(GO_CMD) vet ./runner
	@$(GO_CMD) build -buildvcs=false -o $(CURDIR)/$@ ./runner
	@echo "built $@"

GENERATE_EXTRA += generate-go
CHECK_GENERATED_EXTRA += check-generated-go
PARITY_EXTRA += go-runner
