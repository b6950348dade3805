"""The ``timeline`` process ends at once when its work is done, losing nothing on the way:
the output, the exit status, the ``atexit`` functions, and another thread's work."""

from __future__ import annotations

import gc
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.conftest import REPO
from tui.cli import main

ARTICLE = "Am 6. Januar 2021 stürmten Anhänger das Kapitol. Die Polizei nahm Dutzende fest.\n"


def run_python(source: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(source), str(tmp_path)],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )


def test_buffered_output_and_exit_functions_are_not_lost(tmp_path: Path) -> None:
    done = run_python(
        """
        import atexit, sys
        from tui.process_exit import exit_process
        class TornDown:  # says so when the interpreter takes the module apart
            def __del__(self):
                print("torn down", file=sys.stderr)
        kept = TornDown()
        atexit.register(lambda: print("exit function ran", file=sys.stderr))
        sys.stdout.write("x" * 100_000)  # more than a buffer, the rest still buffered
        sys.stdout.write("end")
        exit_process(3)
        """,
        tmp_path,
    )
    assert done.returncode == 3
    assert done.stdout == "x" * 100_000 + "end"
    assert done.stderr == "exit function ran\n"  # and no tear-down


def test_another_thread_alive_means_the_normal_exit(tmp_path: Path) -> None:
    done = run_python(
        """
        import sys, threading, time
        from pathlib import Path
        from tui.process_exit import exit_process
        class TornDown:
            def __del__(self):
                print("torn down", file=sys.stderr)
        kept = TornDown()
        def work():
            time.sleep(0.3)
            Path(sys.argv[1], "written").write_text("done")
        threading.Thread(target=work).start()
        exit_process(0)
        """,
        tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "written").read_text() == "done"
    assert done.stderr == "torn down\n"


def test_timeline_extract_exits_with_its_status_and_whole_output(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    command = [sys.executable, "-m", "tui", "extract", "--no-store", "-q", "--format", "csv"]
    done = subprocess.run(
        [*command, str(article), str(tmp_path / "missing.txt")],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 1  # the missing file
    assert done.stdout.startswith("date,value,") and "2021-01-06" in done.stdout
    assert done.stdout.endswith("\n")
    assert "missing.txt" in done.stderr and "Traceback" not in done.stderr


def test_a_batch_command_collects_garbage_less_often(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    done = run_python(
        f"""
        import gc, sys
        import tui.cli
        tui.cli.exit_process = lambda code: print(gc.get_threshold(), code)
        sys.argv = ["timeline", "extract", "--no-store", "-q", "-o", "{tmp_path / "out.json"}",
                    "{article}"]
        tui.cli.main()
        """,
        tmp_path,
    )
    assert done.stdout == "(20000, 10, 10) 0\n", done.stderr
    assert (tmp_path / "out.json").is_file()


def test_a_command_run_in_process_leaves_the_collector_alone(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    before = gc.get_threshold()
    output = tmp_path / "out.json"
    assert main(["extract", "--no-store", "-q", "-o", str(output), str(article)]) == 0
    assert gc.get_threshold() == before
