# The two commands of the README: `make run` and `make test` each bootstrap .venv from nothing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint format translations clean bench dist dist-test icons screenshots

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,pg]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/sferum-desk $(ARGS)

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

# The performance budget (not in `test`): cold start, filtering and sorting 20,000 rows,
# `report all`, the import of 10,000 rows, the invitations PDF and peak memory, each against
# a baseline measured in the same run, on the large Centre (built once into bench/.cache/);
# one line per figure and bench/results.json. About two minutes on two cores.
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run.py $(BENCH_ARGS)

# The PyInstaller onedir bundle and this platform's package (Linux: the .deb; Windows: the
# Inno Setup installer when ISCC is installed); see README «Сборка».
dist: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dist]'
	$(BIN)/python installer/dist.py

# The bundle and the package run as a user would (CI runs it after the tests).
dist-test: $(STAMP)
	$(BIN)/python installer/smoke_test.py

# Every page, view and main dialog of a demo Centre, offscreen, into docs/screenshots/: the
# 100 % files are the ones README and the guide show (committed), the 200 % ones («@2x») are
# for checking the layout at that scale (not committed). SCALES="1 1.5 2" adds 150 %.
SCALES ?= 1 2
screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/sferum-desk screenshots --out docs/screenshots --scale $(SCALES)

# The PNG and ICO sizes of the icon, from its SVG (committed: a build does not need this).
icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python installer/make_icons.py

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Refresh the Russian translation source from the code, then compile it.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find sferum_desk/ui -name '*.py' | LC_ALL=C sort) -ts sferum_desk/resources/translations/sferum_desk_ru.ts -no-obsolete
	$(BIN)/pyside6-lrelease sferum_desk/resources/translations/sferum_desk_ru.ts -qm sferum_desk/resources/translations/sferum_desk_ru.qm

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache .mypy_cache
