# Everything lives in this folder: the virtual environment (.venv), the MNIST cache and
# Jupyter's settings (.cache). Nothing outside the repository changes.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell sha1sum pyproject.toml 2>/dev/null | cut -c1-8)
NOTEBOOKS := $(sort $(wildcard notebooks/en/*.ipynb)) $(sort $(wildcard notebooks/zh/*.ipynb))

export MNISTNET_CACHE ?= $(CURDIR)/.cache/mnist
export PIP_CACHE_DIR ?= $(CURDIR)/.cache/pip
export JUPYTER_CONFIG_DIR ?= $(CURDIR)/.cache/jupyter/config
export JUPYTER_DATA_DIR ?= $(CURDIR)/.cache/jupyter/data
export JUPYTER_RUNTIME_DIR ?= $(CURDIR)/.cache/jupyter/runtime
export IPYTHONDIR ?= $(CURDIR)/.cache/ipython
export MPLCONFIGDIR ?= $(CURDIR)/.cache/matplotlib

.PHONY: install data lab lab-zh test portable lint notebooks student bench clean

$(STAMP): pyproject.toml
	rm -f $(VENV)/.installed-*
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

install: $(STAMP)  ## create .venv with everything

data: install  ## download (once) and check MNIST, print where it is; offline: make data FROM=/usb/folder
	$(BIN)/python -m mnistnet data $(if $(FROM),--from "$(FROM)")

lab: data  ## open the notebooks in JupyterLab
	$(BIN)/jupyter lab --ServerApp.allow_root=True notebooks/en/00_start_here.ipynb

lab-zh: data  ## the Chinese series in JupyterLab (中文版)
	$(BIN)/jupyter lab --ServerApp.allow_root=True notebooks/zh/00_start_here.ipynb

test: data  ## every test: the package, the notebooks (nbval), the browser test
	$(BIN)/python -m pytest

# Results of training depend on the CPU's BLAS kernel: the notebooks' checked outputs must hold on
# every kernel. OpenBLAS honours OPENBLAS_CORETYPE, so this emulates two other machines.
portable: data  ## nbval on every notebook under two other OpenBLAS kernels (Haswell, Prescott)
	OPENBLAS_CORETYPE=Haswell $(BIN)/python -m pytest notebooks
	OPENBLAS_CORETYPE=Prescott $(BIN)/python -m pytest notebooks

lint: install  ## ruff, notebooks included
	$(BIN)/ruff check .

notebooks: data  ## re-execute every notebook in place (run after changing what they print)
	$(BIN)/jupyter nbconvert --to notebook --execute --inplace $(NOTEBOOKS)

student:  ## student copies in dist/student/<language>/: no solutions, exercise outputs cleared
	$(PYTHON) scripts/make_student.py --out dist/student

bench: data  ## speed and memory, side by side
	$(BIN)/python bench/speed.py

clean:
	rm -rf $(VENV) .cache .pytest_cache .ruff_cache dist
