# confsearch — build, test and run. See README.md.
GO      ?= go
ADDR    ?= localhost:8080
CORPUS  ?= corpus
INDEX   ?= index
BIN     ?= bin/confsearch
SHARED  ?= ../shared

.PHONY: all build test run index lint bench eval fuzz clean

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

STATICCHECK ?= honnef.co/go/tools/cmd/staticcheck@v0.8.2

# gofmt, go vet and staticcheck (pinned; U1000 fails on unused code).
lint:
	@out=$$(gofmt -l .); if [ -n "$$out" ]; then echo "gofmt needs to run on:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	$(GO) run $(STATICCHECK) ./...

bench:
	./bench/run.sh

# Long robustness runs, not part of `make test`: first 100 seeded damaged
# copies of every test PDF through `confsearch index` (make test runs 6 of
# each), then fuzzing for FUZZTIME per target: FuzzExtract runs the whole
# extraction (pdf + layout) seeded with the producer matrix; FuzzOpen the PDF
# reader alone.
FUZZTIME ?= 10m
fuzz:
	$(GO) test -count=1 -timeout 60m -run TestIndexDamaged ./cmd/confsearch -args -long
	$(GO) test -run '^$$' -fuzz '^FuzzExtract$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 0s ./indexer
	$(GO) test -run '^$$' -fuzz '^FuzzOpen$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 0s ./indexer/pdf

# The evaluation suite (needs ../shared): the acceptance harness over every
# judged document (both layouts of the report and the other meeting
# reports), one table and the micro-average; then the registry rules
# (attrib.RegistryProblems) over every document of the suite; then the
# held-out sets of testdata/heldout* (a line each). Other runs
# at the same time? Give each its own TMPDIR.
eval:
	python3 $(SHARED)/tools/eval_suite.py
	CONFSEARCH_SUITE=$(abspath $(SHARED)) $(GO) test -count=1 -run TestRegistrySuite ./indexer
	for set in testdata/heldout*/; do set=$${set%/}; HARNESS=$(abspath $(SHARED))/tools/evaluate.py testdata/run-heldout.sh $$set . | sed -n "s|^| $$set |; /\*\*all/p"; done


clean:
	rm -rf bin $(INDEX)
