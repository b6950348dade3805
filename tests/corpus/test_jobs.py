"""Every core: a process pool gives the same output as one process, byte for byte."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from tests.corpus.corpus_fixtures import corpus_documents, write_corpus
from tui.cli import EXIT_OK, main
from tui.core.analysis import MIN_POOL_DOCUMENTS, ProgressReport, analyse
from tui.core.analysis.runners import PoolRunner, SerialRunner
from tui.core.batches import batches_of
from tui.core.export import RENDERERS


def test_the_corpus_is_big_enough_to_start_a_pool() -> None:
    assert len(corpus_documents()) >= MIN_POOL_DOCUMENTS


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_two_jobs_give_byte_identical_output(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes], fmt: str
) -> None:
    corpus = write_corpus(tmp_path / "corpus")
    outputs = []
    for jobs in ("1", "2"):
        assert main(["extract", str(corpus), "--no-store", "--jobs", jobs, "--format", fmt]) == 0
        outputs.append(capsysbinary.readouterr().out)
    assert outputs[0] == outputs[1]
    assert b'"events"' in outputs[0] or b'"event"' in outputs[0]


def test_the_pool_runs_every_batch_and_reports_progress() -> None:
    documents = corpus_documents()
    seen: list[ProgressReport] = []
    pooled = analyse(documents, runner=PoolRunner(2), progress=seen.append)
    serial = analyse(documents, runner=SerialRunner())
    assert RENDERERS["json"](pooled) == RENDERERS["json"](serial)
    analysed = [r.done for r in seen if r.stage == "analysed"]
    assert analysed == sorted(analysed) and analysed[-1] == len(documents)


def test_batches_keep_order_and_respect_their_limits() -> None:
    documents = corpus_documents(30)
    batches = list(batches_of(documents, lambda d: len(d.text), max_size=1500, max_items=4))
    assert [d for batch in batches for d in batch] == documents
    assert all(len(batch) <= 4 for batch in batches)
    assert all(sum(len(d.text) for d in b) <= 1500 or len(b) == 1 for b in batches)


def test_jobs_must_be_a_whole_number_from_one(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "--jobs", "0"]) == 2
    assert "expected a whole number from 1" in capsys.readouterr().err
    assert main(["extract", "--jobs", "1", "--no-store"]) == EXIT_OK


def test_a_broken_pool_finishes_the_run_in_one_process(tmp_path: Path) -> None:
    """A worker that dies (here: the pool cannot even start one, as when the main module
    cannot be found again) costs time, not the analysis."""
    output = _run_script(
        tmp_path,
        "import os\n"
        "from tests.corpus.corpus_fixtures import corpus_documents\n"
        "from tui.core.analysis import analyse\n"
        "from tui.core.analysis.runners import PoolRunner\n"
        "if __name__ == '__main__':\n"
        "    os.remove(__file__)  # spawned workers fail to import the main module\n"
        "    analysis = analyse(corpus_documents(), runner=PoolRunner(2))\n"
        "    print(len(analysis.documents), len(analysis.failures))\n"
        "    print(analysis.warnings[-1])\n",
    )
    counts, warning = output.splitlines()
    assert counts == f"{len(corpus_documents())} 0"
    assert warning.startswith("the worker processes stopped")


def loaded_in_worker(batch: Sequence[object]) -> list[bool]:
    """For each item, whether this process had the names model loaded before any work."""
    from tui.core.entities import models

    return [models._load.cache_info().currsize > 0 for _ in batch]


def test_workers_share_the_models_loaded_before_they_start(tmp_path: Path) -> None:
    """Workers are forked from a server that loaded the model of the language asked for
    (so that they share its memory): they have it before their first document. In a
    process of its own: the server is started once per process, by the first pool."""
    output = _run_script(
        tmp_path,
        "from tests.corpus.test_jobs import loaded_in_worker\n"
        "from tui.core.analysis.runners import PoolRunner\n"
        "if __name__ == '__main__':\n"
        "    runner = PoolRunner(2, languages=['de'])\n"
        "    print(sorted(r for _, rs in runner.run(loaded_in_worker, [[1], [2]]) for r in rs))\n"
        "    runner.close()\n",
    )
    assert output.strip() == "[True, True]"


def _run_script(folder: Path, body: str) -> str:
    """The standard output of ``body`` run as a script of its own (the repository on its
    path), in a new interpreter."""
    script = folder / "run.py"
    repository = str(Path(__file__).resolve().parents[2])
    script.write_text(f"import sys\nsys.path.insert(0, {repository!r})\n{body}", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=300, check=True
    )
    return result.stdout


def test_the_language_hint_is_asked_once_the_workers_start_and_may_fail() -> None:
    asked: list[bool] = []

    def languages() -> list[str]:
        asked.append(True)
        raise ValueError("no language")

    runner = PoolRunner(2, languages=languages)
    assert not asked  # a pool given no work starts nothing and asks nothing
    assert runner._languages() == ()
    assert PoolRunner(2, languages=["de"])._languages() == ["de"]


def quick_or_slow(batch: Sequence[str]) -> list[str]:
    """A quick batch, or one that would take a minute and then leave a mark (the path)."""
    import time

    (item,) = batch
    if item != "quick":
        time.sleep(60)
        Path(item).write_text("finished", encoding="utf-8")
    return [item]


def test_a_run_given_up_stops_the_batches_still_running(tmp_path: Path) -> None:
    """When the caller stops taking results (it failed, or the explorer quits), closing the
    pool ends the batches under way instead of waiting for them."""
    mark = tmp_path / "slow-batch-finished"
    output = _run_script(
        tmp_path,
        "from tests.corpus.test_jobs import quick_or_slow\n"
        "from tui.core.analysis.runners import PoolRunner\n"
        "if __name__ == '__main__':\n"
        "    runner = PoolRunner(2)\n"
        f"    for _, results in runner.run(quick_or_slow, [['quick'], [{str(mark)!r}]]):\n"
        "        break  # the caller gives up at the first result\n"
        "    runner.close()\n"
        "    print('closed')\n",
    )
    assert output.strip() == "closed"
    assert not mark.exists()
