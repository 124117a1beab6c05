"""Not Python at all: the error must name the file and line, not escape as a traceback."""

steps = [
    Step(log(a b), "log-product"
