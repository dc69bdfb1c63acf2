"""The ``articlex`` command.

Exit codes: 0 success; 1 no article found, or (in a batch) some input failed;
2 bad usage or an input that cannot be read as a page (one line on stderr).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

from . import __version__
from .article import Article
from .errors import ArticlexError, UnreadableInputError
from .model import Classified
from .options import Options
from .output.explain import explain_document, explain_text
from .output.report import render_report
from .pipeline import explain as explain_page
from .pipeline import extract

EXIT_OK, EXIT_NO_ARTICLE, EXIT_BAD_INPUT = 0, 1, 2
EXPLAIN_FORMATS = ("text", "json", "html")

EXAMPLES = """\
examples:
  articlex extract page.html                  JSON of the article
  articlex extract --format markdown page.html
  curl -s https://example.com/a | articlex extract --url https://example.com/a -
  articlex extract pages/ > articles.jsonl     one JSON record per file
  articlex extract --explain page.txt          why each block was kept or dropped
  articlex extract --explain --explain-format html -o report.html page.html
                                              the same as a page to open in a browser
  articlex repair --explain garbled.txt        fix mojibake and show what was fixed
"""


class CliError(Exception):
    """A problem reported on one line of stderr with exit code 2."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="articlex",
        description="Turn web article pages (HTML or browser text) into structured data.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"articlex {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.required = True

    ext = commands.add_parser("extract", help="extract the article from pages",
                              epilog=EXAMPLES,
                              formatter_class=argparse.RawDescriptionHelpFormatter)
    ext.add_argument("pages", nargs="+", metavar="PAGE",
                     help="a file, a directory of files, or - for standard input")
    ext.add_argument("--format", choices=("json", "text", "markdown"), default="json",
                     help="output format for one page (default: json; batches are JSON Lines)")
    ext.add_argument("--url", help="the page's URL (used when it declares no canonical link)")
    ext.add_argument("--input-format", choices=("html", "text"),
                     help="treat input as HTML or as text (default: detect)")
    ext.add_argument("--content-type", help="the HTTP Content-Type header, for its charset")
    ext.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    ext.add_argument("--explain", action="store_true",
                     help="show every block of the page, kept or dropped, with the reason")
    ext.add_argument("--explain-format", choices=EXPLAIN_FORMATS, default="text",
                     help="with --explain: text (a line per block, the default), json "
                          "(the article and every block with its role, value and history) "
                          "or html (the same as a self-contained report page; one page, "
                          "written to -o FILE)")

    rep = commands.add_parser("repair", help="print the text with encoding damage repaired")
    rep.add_argument("file", metavar="FILE", help="a text file, or - for standard input")
    rep.add_argument("--explain", action="store_true", help="list the repairs on stderr")
    rep.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "repair":
            with _open_output(args.output) as out:
                return _repair(args, out)
        inputs, batch = _expand(args.pages)
        _check_report(args, batch)
        with _open_output(args.output) as out:
            return _extract(args, inputs, batch, out)
    except (CliError, ArticlexError) as error:
        print(f"articlex: error: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK


class _open_output:
    """stdout, or a file opened for writing (a context manager either way)."""

    def __init__(self, path: str | None) -> None:
        self.path = path
        self.stream: IO[str] | None = None

    def __enter__(self) -> IO[str]:
        if self.path is None:
            return sys.stdout
        try:
            self.stream = open(self.path, "w", encoding="utf-8")
        except OSError as error:
            raise CliError(f"cannot write {self.path}: {error.strerror or error}") from None
        return self.stream

    def __exit__(self, *exc: object) -> None:
        if self.stream is not None:
            self.stream.close()


def _check_report(args: argparse.Namespace, batch: bool) -> None:
    """An HTML report is one page's, written to a file: refuse it to a terminal or a batch."""
    if not args.explain or args.explain_format != "html":
        return
    if args.output is None:
        raise CliError("--explain-format html writes a report file: give it with -o FILE")
    if batch:
        raise CliError("--explain-format html takes one page: run it once per page")


# -- inputs ----------------------------------------------------------------------------
def _expand(pages: Sequence[str]) -> tuple[list[str], bool]:
    """The inputs to read, and whether this is a batch (several inputs or a directory)."""
    inputs: list[str] = []
    batch = len(pages) > 1
    for page in pages:
        if page.startswith(("http://", "https://")):
            raise CliError(f"{page}: articlex does not download pages (yet); save it and "
                           "pass the file, or pipe it in with -")
        path = Path(page)
        if page != "-" and path.is_dir():
            batch = True
            files = [str(p) for p in sorted(path.iterdir())
                     if p.is_file() and not p.name.startswith(".")]
            if not files:
                raise CliError(f"{page}: a directory with no files to read")
            inputs.extend(files)
        else:
            inputs.append(page)
    return inputs, batch


def _read(page: str) -> bytes | Path:
    if page == "-":
        return sys.stdin.buffer.read()
    path = Path(page)
    if not path.exists():
        raise UnreadableInputError(f"{page}: no such file")
    if path.is_dir():
        raise UnreadableInputError(f"{page}: is a directory")
    return path


# -- extract ---------------------------------------------------------------------------
def _extract(args: argparse.Namespace, inputs: list[str], batch: bool, out: IO[str]) -> int:
    if batch and args.format != "json" and not args.explain:
        raise CliError("several pages give JSON Lines: --format text|markdown takes one page")
    if batch:
        return _extract_batch(inputs, args, out)
    source = _read(inputs[0])
    article, classified = explain_page(
        source, url=args.url, content_type=args.content_type,
        input_format=args.input_format, options=Options(),
    )
    if args.explain:
        out.write(_explanation(classified, article, args.explain_format))
    elif args.format == "text":
        out.write(article.to_text())
    elif args.format == "markdown":
        out.write(article.to_markdown())
    else:
        out.write(article.to_json() + "\n")
    if article.is_empty:
        print(f"articlex: no article found in {inputs[0]}", file=sys.stderr)
        return EXIT_NO_ARTICLE
    return EXIT_OK


def _extract_batch(inputs: list[str], args: argparse.Namespace, out: IO[str]) -> int:
    failed = 0
    for page in inputs:
        record: dict[str, Any] = {"input": page}
        try:
            source = _read(page)
            if args.explain:
                article, classified = explain_page(source, url=args.url,
                                                   input_format=args.input_format)
                if args.explain_format == "json":
                    record["explain"] = explain_document(article, classified)
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")
                else:
                    out.write(f"== {page}\n" + explain_text(classified, article))
                continue
            article = extract(source, url=args.url, content_type=args.content_type,
                              input_format=args.input_format)
            record.update(article.to_dict())
        except (CliError, ArticlexError) as error:
            failed += 1
            record["error"] = {"type": type(error).__name__, "message": str(error)}
            if args.explain and args.explain_format == "text":
                out.write(f"== {page}\nerror: {error}\n")
                continue
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    if failed:
        print(f"articlex: {failed} of {len(inputs)} inputs failed", file=sys.stderr)
        return EXIT_NO_ARTICLE
    return EXIT_OK


def _explanation(classified: Classified, article: Article, form: str) -> str:
    if form == "html":
        return render_report(explain_document(article, classified))
    if form == "json":
        return json.dumps(explain_document(article, classified), ensure_ascii=False,
                          indent=1) + "\n"
    return explain_text(classified, article)


# -- repair ----------------------------------------------------------------------------
def _repair(args: argparse.Namespace, out: IO[str]) -> int:
    from .encoding import decode_explained, looks_binary, repair_text_explained
    from .errors import EmptyInputError, NotAPageError

    source = _read(args.file)
    data = source.read_bytes() if isinstance(source, Path) else source
    if not data.strip():
        raise EmptyInputError(f"{args.file}: the file is empty")
    if looks_binary(data):
        raise NotAPageError(f"{args.file}: binary data, not text")
    decoded = decode_explained(data)
    text, steps = repair_text_explained(decoded.text)
    out.write(text)
    if args.explain:
        for step in (*decoded.warnings, *steps) or ("nothing to repair",):
            print(f"articlex: {step}", file=sys.stderr)
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
