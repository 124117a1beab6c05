"""Calls sys.exit(0) while being imported: that must not pass for 'every step proved'."""

import sys

sys.exit(0)
