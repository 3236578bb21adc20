# 完整社区体检 Complete Community Check — developer commands. `make help` lists them.
SHELL := /bin/bash
.DEFAULT_GOAL := help
PYTHON := /usr/bin/python3
VENV := .venv
VPY := $(VENV)/bin/python
PYTEST_ARGS ?=
QGIS_PROFILE_DIR ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default

.PHONY: help setup test lint pytest demo deploy zip transup transcompile styles layouts sample screenshots report-pages models clean bench

help:  ## list the targets
	@grep -E '^[a-z-]+:.*##' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | expand -t 14

setup:  ## install what is missing: Debian packages (QGIS, pandas, scipy, shapely, fonts, Xvfb, poppler), .venv
	@bash scripts/setup.sh

lint: setup  ## ruff, the Qt6-readiness check and the translation check
	$(VPY) -m ruff check .
	$(PYTHON) scripts/qt6_check.py
	$(PYTHON) scripts/i18n.py check

transup:  ## extract tr() texts into i18n/*.ts (keeps translations, drops unused texts)
	$(PYTHON) scripts/i18n.py update

transcompile: setup  ## compile i18n/*.ts into .qm
	$(PYTHON) scripts/i18n.py compile

pytest: setup transcompile  ## the test suite only (PYTEST_ARGS="-k name" to select)
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest $(PYTEST_ARGS)

test: lint pytest  ## everything CI runs: setup when needed, lint, Qt6 check, translations, pytest

demo: setup transcompile  ## the main job: check the bundled synthetic sample headless, results in demo-output/
	@bash scripts/demo.sh

deploy: transcompile  ## link this checkout into your QGIS profile as complete_community
	mkdir -p "$(QGIS_PROFILE_DIR)/python/plugins"
	@if [ -e "$(QGIS_PROFILE_DIR)/python/plugins/complete_community" ] && [ ! -L "$(QGIS_PROFILE_DIR)/python/plugins/complete_community" ]; then \
	  echo "deploy: $(QGIS_PROFILE_DIR)/python/plugins/complete_community exists and is not a link; remove it first" >&2; exit 1; fi
	ln -sfn "$(CURDIR)" "$(QGIS_PROFILE_DIR)/python/plugins/complete_community"
	@echo "deploy: linked; restart QGIS and enable 完整社区体检 in Plugins ▸ Manage and Install Plugins"

zip: transcompile  ## build dist/complete_community-<version>.zip, installable from QGIS
	$(PYTHON) scripts/make_zip.py

screenshots: setup transcompile  ## regenerate docs/screenshots/ with QGIS desktop under Xvfb, in zh-Hans
	bash scripts/screenshots.sh

report-pages: demo  ## page images of the demo's PDF report: docs/screenshots/report_overview.png, report_community.png
	$(PYTHON) scripts/report_pages.py demo-output docs/screenshots

layouts:  ## regenerate the report's layout templates resources/layouts/*.qpt from scripts/make_layouts.py
	$(PYTHON) scripts/make_layouts.py

models:  ## regenerate the shipped Processing model resources/models/wholecity.model3 from scripts/make_models.py
	$(PYTHON) scripts/make_models.py

styles:  ## regenerate resources/styles/*.qml from scripts/make_styles.py
	$(PYTHON) scripts/make_styles.py
	$(PYTHON) scripts/make_qa_style.py

sample:  ## regenerate the synthetic sample district resources/sample/sample_district.gpkg
	$(PYTHON) scripts/make_sample.py

clean:  ## remove build output (not .venv)
	rm -rf dist demo-output .qgis-profile .pytest_cache .ruff_cache i18n/*.qm
	find . -name __pycache__ -not -path './.venv/*' -prune -exec rm -rf {} +

bench: setup  ## walking-network benchmark incl. the 1M check end to end and 100k-facility service areas (~20 min): bench-output/network_benchmark.md
	$(PYTHON) scripts/bench/run.py $(BENCH_ARGS)
