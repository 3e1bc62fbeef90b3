"""How the subcommands declare themselves: a ``Command`` spec that one ``register``
turns into an argparse subcommand, and the help every command prints."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import pytest

from wgec_parse.cli import build_parser, main
from wgec_parse.commands import COMMANDS, NAMES
from wgec_parse.commands.common import Command


def _toy_arguments(cmd: argparse.ArgumentParser) -> None:
    cmd.add_argument("--colour", default="blue")


def _toy_run(args: argparse.Namespace) -> int:
    return 7 if args.colour == "red" else 0


TOY = Command(
    "toy",
    "a command of the test",
    """A description written over
    two indented lines.""",
    _toy_arguments,
    _toy_run,
)


def test_register_adds_the_command_with_its_arguments_and_run() -> None:
    parser = argparse.ArgumentParser(prog="prog")
    added = TOY.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["toy", "--colour", "red"])
    assert args.command == "toy"
    assert args.run is _toy_run
    assert args.run(args) == 7
    assert added.prog == "prog toy"
    assert "a command of the test" in parser.format_help()


def test_a_description_over_several_lines_is_shown_as_one_paragraph() -> None:
    parser = argparse.ArgumentParser(prog="prog")
    text = TOY.register(parser.add_subparsers()).format_help()
    assert "\nA description written over two indented lines.\n" in text


def test_the_spec_is_frozen() -> None:
    with pytest.raises(AttributeError):
        TOY.name = "other"  # type: ignore[misc]


def test_every_command_module_registers_one_command() -> None:
    parser = argparse.ArgumentParser()
    commands = parser.add_subparsers()
    for module in COMMANDS:
        before = set(commands.choices)
        module.register(commands)
        assert len(set(commands.choices) - before) == 1, module.__name__
    assert set(commands.choices) == {
        "outline",
        "batch",
        "compile",
        "report",
        "validate",
        "parse",
        "render",
        "text",
        "serve",
    }


@pytest.mark.parametrize(
    ("command", "opening", "ending"),
    [
        (
            "batch",
            "Parse every file (folders are searched recursively for .txt, .docx and .pdf) and "
            "write OUT/documents.jsonl,",
            "Exit status: 0 all read, 1 some failed, 2 an input missing, no files, or OUT "
            "cannot be written, 130 interrupted.",
        ),
        (
            "compile",
            "Read every file (folders are searched as batch searches them) and write, for each "
            "question of the question set,",
            "2 an input missing, no files, or OUT cannot be written.",
        ),
        (
            "report",
            "Read every file (folders are searched as batch searches them) and write one HTML "
            "page that needs no network:",
            "2 an input missing, no files, or OUT cannot be written.",
        ),
        (
            "validate",
            "Check each file;",
            "exit 1 if any finding is an error, 2 if a file cannot be read.",
        ),
        ("parse", "Parse text files into JSON.", "(one compact document per line, in order)."),
        ("render", "Render a full JSON document (from 'parse')", "in the encoding recorded in it."),
        ("text", "Print the text wgec-parse reads from", "empty for a line the reader added."),
        ("serve", "Serve a page that shows", "Binds to 127.0.0.1 unless --host says otherwise."),
    ],
)
def test_each_command_describes_itself_in_one_paragraph(
    command: str, opening: str, ending: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stop:
        main([command, "--help"])
    assert stop.value.code == 0
    help_text = capsys.readouterr().out
    # The paragraph after the usage lines, its lines joined as a reader reads them.
    paragraph = " ".join(help_text.split("\n\n")[1].split())
    assert paragraph.startswith(opening)
    assert paragraph.endswith(ending)


def test_the_main_help_lists_each_commands_help_line() -> None:
    text = " ".join(build_parser().format_help().split())
    assert "compile compile every submission's answers by question into .docx, .md or .html" in text
    assert "outline print a readable outline of each file" in text


def _subcommand_parser(parser: argparse.ArgumentParser, name: str) -> argparse.ArgumentParser:
    actions = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    found: argparse.ArgumentParser = actions[0].choices[name]
    return found


@pytest.mark.parametrize("name", sorted(NAMES))
def test_a_command_named_on_its_own_is_read_by_the_parser_of_it_alone(
    name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # main() builds only the named command's parser: its help is the whole parser's.
    with pytest.raises(SystemExit) as stop:
        main(["-v", name, "--help"])
    assert stop.value.code == 0
    assert capsys.readouterr().out == _subcommand_parser(build_parser(), name).format_help()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["outline"], "the following arguments are required: FILE"),
        (["outline", "--nope", "x.txt"], "unrecognized arguments: --nope"),
        (["-v", "-q", "outline", "x.txt"], "argument -q/--quiet: not allowed with argument -v"),
        (["outlin", "x.txt"], "invalid choice: 'outlin' (choose from 'outline', 'batch',"),
        (["--", "outline", "x.txt"], "invalid choice: '--'"),
    ],
)
def test_mistakes_are_told_as_the_whole_parser_tells_them(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stop:
        main(argv)
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert message in err
    with pytest.raises(SystemExit):
        build_parser().parse_args(argv)
    assert capsys.readouterr().err == err


def test_the_main_help_and_the_version_list_every_command(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit):
        main(["-v", "--help"])
    out = capsys.readouterr().out
    assert out == build_parser().format_help()
    for name in NAMES:
        assert f"    {name} " in out


def test_commands_lists_every_module_in_the_order_of_the_help() -> None:
    assert [m.__name__.rpartition(".")[2] for m in COMMANDS] == list(NAMES.values())
    order = "outline batch compile report validate parse render text serve"
    assert list(NAMES) == order.split()


def test_outline_imports_no_other_commands_module() -> None:
    seed = Path(__file__).resolve().parent.parent / "fixtures" / "002_015b3980d26d2b81.txt"
    code = (
        "import sys; from wgec_parse.cli import main; code = main(['outline', sys.argv[1]]);"
        "print(sorted(m for m in sys.modules if m.startswith('wgec_parse.commands.')), file=sys.stderr)"
    )
    run = subprocess.run(
        [sys.executable, "-c", code, str(seed)], capture_output=True, text=True, check=True
    )
    assert run.stdout.startswith("front\n")
    assert run.stderr.strip() == "['wgec_parse.commands.common', 'wgec_parse.commands.outline_cmd']"
