# The Java client of the parity check (README: "Cross-language parity"), included by the
# Makefile. OpenAPI Generator (its maven plugin, pinned with every other plugin in
# parity/runners/java/pom.xml) writes a whole project into a scratch folder; only its
# sources are kept, committed under generated/java/ next to the other generated clients.
#
#   make generate-java         regenerate generated/java from openapi.yaml
#   make check-generated-java  fail if it differs from a fresh generation
#   make java-runner           compile generated/java and runner/ (cached: only when they change)

JAVA_DIR := parity/runners/java
JAVA_CLIENT := generated/java
JAVA_RUNNER_ARGS := $(JAVA_DIR)/target/runner.args
# -B batch, -q quiet; the warm path (the compile of `make parity`) also runs offline (-o).
MVN := mvn -q -B -f $(JAVA_DIR)/pom.xml

# Schemas the Java client takes as a plain Java type instead of a generated class (README:
# "Cross-language parity"): every open enum (`x-open-enum: true`, an anyOf of the known
# values and a string) is a String, and NestedHyperparameters (a free-form object inside an
# anyOf) a Map. The list of open enums is read from openapi.yaml, so a new one needs nothing here.
JAVA_OPEN_ENUMS = $(shell awk '/^    [A-Za-z0-9_]+:$$/ {n=$$1; sub(":", "", n)} /^      x-open-enum: true/ {printf ",%s=String", n}' openapi.yaml)
JAVA_SCHEMA_MAPPINGS = NestedHyperparameters=Map$(JAVA_OPEN_ENUMS)

.PHONY: generate-java check-generated-java java-runner

define generate_java_into
	scratch=$$(mktemp -d); \
	trap 'rm -rf "$$scratch"' EXIT; \
	$(MVN) -Pgenerate generate-sources -Dopenapi.out="$$scratch/out" -Dopenapi.schemaMappings="$(JAVA_SCHEMA_MAPPINGS)" >"$$scratch/log" 2>&1 \
		|| { cat "$$scratch/log"; exit 1; }; \
	rm -rf "$(1)"; mkdir -p "$$(dirname "$(1)")"; \
	cp -R "$$scratch/out/src/main/java" "$(1)"
endef

generate-java:
	@$(call generate_java_into,$(CURDIR)/$(JAVA_CLIENT))
	@echo "generated $(JAVA_CLIENT) from openapi.yaml"

check-generated-java:
	@tmp=$$(mktemp -d); \
	( $(call generate_java_into,$$tmp/client) ); \
	if diff -r "$$tmp/client" "$(JAVA_CLIENT)" >"$$tmp/diff"; then \
		echo "check-generated: $(JAVA_CLIENT) matches openapi.yaml"; rm -rf "$$tmp"; \
	else \
		head -n 60 "$$tmp/diff"; rm -rf "$$tmp"; \
		echo "check-generated: $(JAVA_CLIENT) is stale or hand-edited; run 'make generate'"; exit 1; \
	fi

# The runner's argument file: `java @parity/runners/java/target/runner.args --root URL --out F`.
# Rebuilt only when a source or the pom changes. The first build after a change of the pom
# resolves the dependencies (Maven Central, or ~/.m2); the others run offline.
JAVA_SOURCES = $(shell find $(JAVA_CLIENT) $(JAVA_DIR)/runner -name '*.java' 2>/dev/null)

$(JAVA_RUNNER_ARGS): $(JAVA_DIR)/pom.xml $(JAVA_SOURCES)
	@if [ $(JAVA_DIR)/target/classpath.txt -nt $(JAVA_DIR)/pom.xml ]; then $(MVN) -o compile; else $(MVN) compile; fi
	@printf '%s\n' '-cp' "$(CURDIR)/$(JAVA_DIR)/target/classes:$$(cat $(JAVA_DIR)/target/classpath.txt)" \
		'ai.wrift.parity.JavaRunner' >$@

java-runner: $(JAVA_RUNNER_ARGS)

GENERATE_EXTRA += generate-java
CHECK_GENERATED_EXTRA += check-generated-java
PARITY_EXTRA += java-runner
