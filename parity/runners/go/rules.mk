# The Go client and runner of the parity check (included by the Makefile).
#
#   make generate-go          regenerate generated/go/wriftapi from openapi.yaml
#   make check-generated-go   fail if the committed Go client differs from a fresh generation
#   make go-runner            gofmt-check, vet and build parity/build/go-runner (what `make parity` runs)
#
# oapi-codegen is pinned as a tool of parity/runners/go/go.mod (go.sum holds its checksums),
# so `go tool oapi-codegen` runs exactly that version; the Go module proxy fills the module
# cache on first use. Settings: oapi-codegen.yaml (with overlay.yaml, Go-only names).
# The client is a module of its own, generated/go: its go.mod and go.sum (the generated
# code's requirements, kept with `go mod tidy`, which check-generated-go checks) are the
# only files there not written by oapi-codegen; go.mod here points at it with a replace.
GO_DIR := parity/runners/go
GO_CLIENT_MODULE := generated/go
GO_CLIENT := $(GO_CLIENT_MODULE)/wriftapi/client.gen.go
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
	@if out=$$(cd $(GO_CLIENT_MODULE) && go mod tidy -diff 2>&1); then \
		echo "check-generated: $(GO_CLIENT_MODULE)/go.mod and go.sum are tidy for the generated code"; \
	else \
		echo "$$out" | head -n 60; \
		echo "check-generated: $(GO_CLIENT_MODULE)/go.mod or go.sum is not tidy; run 'go mod tidy' there"; exit 1; \
	fi

go-runner: $(GO_RUNNER)

$(GO_RUNNER): $(GO_DIR)/go.mod $(GO_DIR)/go.sum $(GO_CLIENT_MODULE)/go.mod $(GO_CLIENT) $(wildcard $(GO_DIR)/runner/*.go)
	@mkdir -p $(dir $@)
	@cd $(GO_DIR) && test -z "$$(gofmt -l runner)" || { gofmt -l $(GO_DIR)/runner; echo "go-runner: run gofmt -w"; exit 1; }
	@$(GO_CMD) vet ./runner
	@$(GO_CMD) build -buildvcs=false -o $(CURDIR)/$@ ./runner
	@echo "built $@"

GENERATE_EXTRA += generate-go
CHECK_GENERATED_EXTRA += check-generated-go
PARITY_EXTRA += go-runner
