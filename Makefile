# Everything lives in this folder: the virtual environment (.venv), the MNIST cache and
# Jupyter's settings (.cache). Nothing outside the repository changes.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HASH := $(shell sha1sum pyproject.toml 2>/dev/null | cut -c1-8)
# Two installs: what the notebooks need (make lab), and the developer tools on top (make test, lint, ...).
LAB_STAMP := $(VENV)/.installed-notebooks-$(HASH)
DEV_STAMP := $(VENV)/.installed-dev-$(HASH)
NOTEBOOKS := $(sort $(wildcard notebooks/en/*.ipynb)) $(sort $(wildcard notebooks/zh/*.ipynb))
# JupyterLab on the whole folder (both languages, TEACHING.md, a terminal with this folder as its home).
LAB := $(BIN)/jupyter lab --ServerApp.allow_root=True --ServerApp.root_dir="$(CURDIR)"

export MNISTNET_UNDER_MAKE := 1
export MNISTNET_CACHE ?= $(CURDIR)/.cache/mnist
export PIP_CACHE_DIR ?= $(CURDIR)/.cache/pip
export JUPYTER_CONFIG_DIR ?= $(CURDIR)/.cache/jupyter/config
export JUPYTER_DATA_DIR ?= $(CURDIR)/.cache/jupyter/data
export JUPYTER_RUNTIME_DIR ?= $(CURDIR)/.cache/jupyter/runtime
export IPYTHONDIR ?= $(CURDIR)/.cache/ipython
export MPLCONFIGDIR ?= $(CURDIR)/.cache/matplotlib

.PHONY: install data lab lab-zh test portable lint notebooks student nbgrader bench memory clean

# The developer install holds everything the notebooks need, so after it there is nothing to add for lab.
$(LAB_STAMP): pyproject.toml
	@if [ ! -f $(DEV_STAMP) ]; then \
	  echo "First time only: installing, a few minutes (the packages the notebooks need, into .venv/)"; \
	  rm -f $(VENV)/.installed-notebooks-*; \
	  $(PYTHON) -m venv $(VENV) && $(BIN)/python -m pip install --quiet -e '.[notebooks]' || exit 1; \
	fi
	@touch $@

$(DEV_STAMP): pyproject.toml
	@echo "First time only: installing, a few minutes (the notebooks' packages and the developer tools, into .venv/)"
	@rm -f $(VENV)/.installed-dev-*
	@$(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $@

install: $(DEV_STAMP)  ## create .venv with everything: the notebooks' packages and the developer tools

data: $(LAB_STAMP)  ## download (once) and check MNIST, print where it is; offline: make data FROM=/usb/folder
	@$(BIN)/python -m mnistnet data $(if $(FROM),--from "$(FROM)")

lab: data  ## JupyterLab on this folder, opening notebooks/en/00_start_here.ipynb (stop: Ctrl-C in this terminal)
	$(LAB) --LabApp.default_url=/lab/tree/notebooks/en/00_start_here.ipynb

lab-zh: data  ## the same, opening the Chinese series (中文版): notebooks/zh/00_start_here.ipynb
	$(LAB) --LabApp.default_url=/lab/tree/notebooks/zh/00_start_here.ipynb

# Two workers, one per core (each file stays on one worker); each with one OpenBLAS thread: two workers
# whose BLAS each wanted both cores made the training notebooks 10-20 times slower. Files are handed out in
# the order tests/conftest.py gives (longest first); xdist would otherwise start with the files that hold
# the most tests, and the single long training runs would start last and finish alone.
test: $(DEV_STAMP) data  ## every test: the package, the notebooks (nbval), the browser tests
	OPENBLAS_NUM_THREADS=1 $(BIN)/python -m pytest -n 2 --dist loadfile --no-loadscope-reorder

# Results of training depend on the CPU's BLAS kernel: the notebooks' checked outputs must hold on
# every kernel. OpenBLAS honours OPENBLAS_CORETYPE, so this emulates other machines; SkylakeX (AVX-512)
# only where this CPU can run it.
portable: $(DEV_STAMP) data  ## nbval on every notebook under other OpenBLAS kernels: Haswell, Prescott, SkylakeX (AVX-512 CPUs)
	@kernels="Haswell Prescott"; \
	if grep -q avx512f /proc/cpuinfo 2>/dev/null; then kernels="$$kernels SkylakeX"; \
	else echo "make portable: this CPU has no AVX-512, so the SkylakeX kernel cannot be tried here"; fi; \
	for kernel in $$kernels; do \
	  echo "make portable: nbval under OPENBLAS_CORETYPE=$$kernel"; \
	  OPENBLAS_CORETYPE=$$kernel OPENBLAS_NUM_THREADS=1 $(BIN)/python -m pytest -n 2 --dist loadfile --no-loadscope-reorder notebooks || { echo "make portable: failed under $$kernel"; exit 1; }; \
	done; \
	echo "make portable: passed under the OpenBLAS kernels $$kernels"

lint: $(DEV_STAMP)  ## ruff, notebooks included
	$(BIN)/ruff check .

notebooks: $(DEV_STAMP) data  ## re-execute every notebook in place (run after changing what they print)
	$(BIN)/jupyter nbconvert --to notebook --execute --inplace $(NOTEBOOKS)

student:  ## student copies in dist/student/<language>/: no solutions, exercise outputs cleared
	$(PYTHON) scripts/make_student.py --out dist/student

nbgrader:  ## nbgrader course folders in dist/nbgrader/<language>/: exercises graded by their checks (notebooks/TEACHING.md)
	$(PYTHON) scripts/make_nbgrader.py --out dist/nbgrader

bench: $(DEV_STAMP) data  ## speed and memory, side by side (one OpenBLAS thread, as the original loop's products use)
	OPENBLAS_NUM_THREADS=1 $(BIN)/python bench/speed.py

memory: $(DEV_STAMP) data  ## each notebook's kernel peak memory (Run All), against the 500 MB budget
	$(BIN)/python bench/notebook_memory.py en

clean:
	rm -rf $(VENV) .cache .pytest_cache .ruff_cache dist
