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
