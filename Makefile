# confsearch — build, test and run. See README.md.
GO      ?= go
ADDR    ?= localhost:8080
CORPUS  ?= corpus
INDEX   ?= index
BIN     ?= bin/confsearch
SHARED  ?= ../shared

.PHONY: all build test run index lint bench eval clean

all: build

build:
	$(GO) build -o $(BIN) ./cmd/confsearch

test:
	$(GO) test -count=1 -timeout 30m ./...

# The index is rebuilt when anything in the corpus is newer than it.
$(INDEX)/CURRENT: $(wildcard $(CORPUS)/*) | build
	$(BIN) index -corpus $(CORPUS) -index $(INDEX)

index: $(INDEX)/CURRENT

run: build index
	$(BIN) serve -index $(INDEX) -addr $(ADDR)

lint:
	@out=$$(gofmt -l .); if [ -n "$$out" ]; then echo "gofmt needs to run on:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...

bench:
	./bench/run.sh

# The evaluation suite (needs ../shared): the acceptance harness over every
# judged document (both layouts of the report and the other meeting
# reports), one table and the micro-average; then the registry rules
# (attrib.RegistryProblems) over every document of the suite. Other runs
# at the same time? Give each its own TMPDIR.
eval:
	python3 $(SHARED)/tools/eval_suite.py
	CONFSEARCH_SUITE=$(abspath $(SHARED)) $(GO) test -count=1 -run TestRegistrySuite ./indexer


clean:
	rm -rf bin $(INDEX)
