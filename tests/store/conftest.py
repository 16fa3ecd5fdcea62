import pytest

from copilot.store import open_store


@pytest.fixture
def store(tmp_path):
    s = open_store(url=f"sqlite:///{tmp_path / 'copilot.db'}")
    yield s
    s.dispose()


@pytest.fixture
def db_path(store):
    return store.engine.url.database
