"""Beyond one machine: the per-document analysis on a Dask cluster gives what a local run
gives. The cluster is a LocalCluster of two worker processes on loopback, no dashboard."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.corpus.corpus_fixtures import corpus_documents, write_corpus
from tui.cli import EXIT_INPUT_ERRORS, main
from tui.core.analysis import ProgressReport, analyse
from tui.core.analysis.cluster import ClusterRunner, ClusterUnavailable
from tui.core.export import RENDERERS

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
    ) as cluster:
        yield cluster.scheduler_address


def test_a_cluster_gives_the_output_of_a_local_run(scheduler: str) -> None:
    documents = corpus_documents()
    seen: list[ProgressReport] = []
    remote = analyse(documents, runner=ClusterRunner(scheduler), progress=seen.append)
    local = analyse(documents)
    assert RENDERERS["json"](remote) == RENDERERS["json"](local)
    assert [r.done for r in seen if r.stage == "analysed"][-1] == len(documents)


def test_the_cli_runs_on_a_cluster_and_fills_the_store(
    scheduler: str, tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    corpus = write_corpus(tmp_path / "corpus")
    store = tmp_path / "store.sqlite3"
    assert main(["extract", str(corpus), "--cluster", scheduler, "--store", str(store)]) == 0
    remote = capsysbinary.readouterr().out
    assert main(["extract", str(corpus), "--no-store", "--jobs", "1"]) == 0
    assert remote == capsysbinary.readouterr().out
    assert main(["store", "info", "--store", str(store)]) == 0
    assert b"analyses: 12 by this version" in capsysbinary.readouterr().out


def test_an_unreachable_scheduler_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    runner = ClusterRunner("tcp://127.0.0.1:9", timeout=1)
    with pytest.raises(ClusterUnavailable, match="cannot reach the scheduler"):
        analyse(corpus_documents(1), runner=runner)


def test_without_the_extra_the_cli_says_how_to_get_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if not installed
    assert main(["extract", "--cluster", "tcp://127.0.0.1:9", "--no-store"]) == EXIT_INPUT_ERRORS
    [line] = capsys.readouterr().err.splitlines()
    assert line == (
        "timeline: error: running on a cluster needs the extra: pip install 'timeline[cluster]'"
    )
