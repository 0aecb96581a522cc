import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from harness import MailGuard, Postfix  # noqa: E402


@pytest.fixture(scope="module")
def mailguard(request):
    guard = MailGuard(request.module.__name__.split(".")[-1]).start()
    yield guard
    guard.stop()


@pytest.fixture(scope="module")
def postfix(mailguard, request):
    server = Postfix(request.module.__name__.split(".")[-1], milter_socket=mailguard.spec).start()
    yield server
    server.stop()
