"""build() raises: the error must name the file, not escape as a traceback."""


def build():
    raise RuntimeError("the author's build() failed")
