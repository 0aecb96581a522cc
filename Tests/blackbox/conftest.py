import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from harness import MailGuard, start_district  # noqa: E402


@pytest.fixture(scope="module")
def mailguard(request):
    guard = MailGuard(request.module.__name__.split(".")[-1]).start()
    yield guard
    guard.stop()


@pytest.fixture(scope="module")
def district(request):
    """A Postfix with MailGuard whose notice mails go back through that Postfix."""
    guard, server = start_district(request.module.__name__.split(".")[-1])
    yield guard, server
    server.stop()
    guard.stop()


@pytest.fixture(scope="module")
def postfix(district):
    return district[1]


# Tests marked `long` (a 25 MB message, load with faults, the largest hostile messages) run
# with MAILGUARD_LONG_TESTS=1: `./scripts/test --long`, and CI.
LONG_TESTS = os.environ.get("MAILGUARD_LONG_TESTS") == "1"


def pytest_configure(config):
    config.addinivalue_line("markers", "long: runs only with MAILGUARD_LONG_TESTS=1 (./scripts/test --long)")


def pytest_collection_modifyitems(config, items):
    if LONG_TESTS:
        return
    skip = pytest.mark.skip(reason="long: ./scripts/test --long runs it")
    for item in items:
        if "long" in item.keywords:
            item.add_marker(skip)
