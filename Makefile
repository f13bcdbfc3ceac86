# The two commands of the README.
#   make run   installs what is missing, builds, and opens the window on the bundled sample corpus
#   make test  installs what is missing, builds, and runs the whole test suite
BUILD ?= build

.PHONY: run test setup

setup:
	@scripts/setup.sh $(BUILD)

run: setup
	@scripts/run.sh $(BUILD)

test: setup
	@cd $(BUILD) && ctest --output-on-failure --parallel $$(nproc)
