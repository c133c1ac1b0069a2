"""The command line's patterns and builds: ``pattern add|list``, ``build new|list|show|stage|
finish|cancel``."""

from __future__ import annotations

import argparse
from typing import Any

from ..language.i18n import N_
from .argument_types import whole_number


def build_commands(commands: Any, db_option: argparse.ArgumentParser, t: Any) -> None:
    pattern = commands.add_parser(
        "pattern", parents=[db_option], help=t(N_("a piece's recipe: its materials and stages"))
    )
    steps = pattern.add_subparsers(dest="action", metavar=t(N_("ACTION")), required=True)
    add = steps.add_parser("add", parents=[db_option], help=t(N_("a new pattern")))
    add.add_argument("name", help=t(N_("its name, e.g. “Classical tutu”")))
    add.add_argument("--company", required=True, help=t(N_("whose (name, code or city)")))
    add.add_argument("--type", dest="piece_type", required=True, help=t(N_("the piece's type")))
    add.add_argument("--style", default="", help=t(N_("a tutu's style")))
    add.add_argument("--layers", help=t(N_("a tutu's net layers")))
    add.add_argument(
        "--material",
        action="append",
        default=[],
        metavar="MATERIAL=QUANTITY",
        help=t(N_("a material of the stock list and what one piece takes, in its unit")),
    )
    add.add_argument(
        "--stage",
        action="append",
        default=[],
        metavar="STAGE=HOURS",
        help=t(N_("a stage in order and its hours for one piece (HOURS! for a fitting)")),
    )
    listed = steps.add_parser("list", parents=[db_option], help=t(N_("the patterns")))
    listed.add_argument("--company", help=t(N_("only this company (name, code or city)")))
    build = commands.add_parser(
        "build", parents=[db_option], help=t(N_("build orders: pieces made from a pattern"))
    )
    steps = build.add_subparsers(dest="action", metavar=t(N_("ACTION")), required=True)
    new = steps.add_parser(
        "new", parents=[db_option], help=t(N_("a build; reserves its materials"))
    )
    new.add_argument("pattern", help=t(N_("the pattern's name")))
    new.add_argument("--company", required=True, help=t(N_("whose (name, code or city)")))
    new.add_argument("--due", required=True, metavar="DAY", help=t(N_("when it must be ready")))
    new.add_argument(
        "--for",
        dest="dancers",
        action="append",
        default=[],
        metavar="DANCER",
        help=t(N_("a dancer it is made for (once for each)")),
    )
    new.add_argument("--count", type=whole_number, help=t(N_("pieces made for no one")))
    new.add_argument("--title", default="", help=t(N_("its title (else the pattern's name)")))
    new.add_argument("--production", help=t(N_("the production it is for")))
    new.add_argument("--role", help=t(N_("the role it is for")))
    listed = steps.add_parser("list", parents=[db_option], help=t(N_("builds, soonest due first")))
    listed.add_argument("--company", help=t(N_("only this company (name, code or city)")))
    listed.add_argument("--all", action="store_true", help=t(N_("finished and cancelled too")))
    listed.add_argument("--json", action="store_true", help=t(N_("machine-readable output")))
    show = steps.add_parser("show", parents=[db_option], help=t(N_("one build whole")))
    show.add_argument("build", type=whole_number, help=t(N_("the build's number")))
    stage = steps.add_parser("stage", parents=[db_option], help=t(N_("a stage done")))
    stage.add_argument("build", type=whole_number, help=t(N_("the build's number")))
    stage.add_argument("position", type=whole_number, help=t(N_("the stage's number")))
    stage.add_argument("--hours", required=True, help=t(N_("the hours it really took")))
    stage.add_argument("--days", type=whole_number, default=1, help=t(N_("over how many days")))
    stage.add_argument("--by", default="", help=t(N_("who did it")))
    stage.add_argument("--note", default="", help=t(N_("a note (a fitting: what it found)")))
    stage.add_argument(
        "--use",
        action="append",
        default=[],
        metavar="MATERIAL=QUANTITY",
        help=t(N_("a material it used, in its unit")),
    )
    finish = steps.add_parser("finish", parents=[db_option], help=t(N_("make its items")))
    finish.add_argument("build", type=whole_number, help=t(N_("the build's number")))
    rest = finish.add_mutually_exclusive_group()
    rest.add_argument("--use-rest", action="store_true", help=t(N_("what it still holds was used")))
    rest.add_argument(
        "--free-rest", action="store_true", help=t(N_("what it still holds goes back to stock"))
    )
    cancel = steps.add_parser("cancel", parents=[db_option], help=t(N_("frees what it holds")))
    cancel.add_argument("build", type=whole_number, help=t(N_("the build's number")))
    assign = steps.add_parser("assign", parents=[db_option], help=t(N_("a stage to a maker")))
    assign.add_argument("build", type=whole_number, help=t(N_("the build's number")))
    assign.add_argument("position", type=whole_number, help=t(N_("the stage's number")))
    assign.add_argument("maker", help=t(N_('the maker ("": no one)')))
    planned = steps.add_parser(
        "calendar",
        parents=[db_option],
        help=t(N_("each maker's hours a week; builds that cannot be ready (exits 1 if any)")),
    )
    planned.add_argument("--company", help=t(N_("only this company (name, code or city)")))
    maker = commands.add_parser(
        "maker", parents=[db_option], help=t(N_("the workroom's makers, their rates and hours"))
    )
    steps = maker.add_subparsers(dest="action", metavar=t(N_("ACTION")), required=True)
    add = steps.add_parser("add", parents=[db_option], help=t(N_("a maker")))
    add.add_argument("name", help=t(N_("her name")))
    add.add_argument("--company", required=True, help=t(N_("whose (name, code or city)")))
    add.add_argument("--rate", help=t(N_("her rate an hour (else the workroom's)")))
    add.add_argument(
        "--hours-per-week",
        type=whole_number,
        default=35,
        help=t(N_("the hours she can work a week")),
    )
    listed = steps.add_parser("list", parents=[db_option], help=t(N_("the makers")))
    listed.add_argument("--company", required=True, help=t(N_("whose (name, code or city)")))
    rate = steps.add_parser("rate", parents=[db_option], help=t(N_("the workroom's rate an hour")))
    rate.add_argument("--company", required=True, help=t(N_("whose (name, code or city)")))
    rate.add_argument("amount", help=t(N_("the rate an hour")))
    sheet = commands.add_parser(
        "work-sheet",
        parents=[db_option],
        help=t(N_("print a build's work sheet: its pieces, stages to sign and materials")),
    )
    sheet.add_argument("build", type=whole_number, help=t(N_("the build's number")))
    sheet.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    costs = commands.add_parser(
        "costs",
        parents=[db_option],
        help=t(N_("what a production cost: builds, orders charged, pointe shoes; its budget")),
    )
    costs.add_argument("--production", required=True, help=t(N_("the production's title")))
    costs.add_argument("--company", help=t(N_("whose production it is (name, code or city)")))
    costs.add_argument("--budget", help=t(N_("set its budget first")))
    costs.add_argument("--json", action="store_true", help=t(N_("machine-readable output")))
    costs.add_argument("-o", "--output", metavar="FILE.pdf", help=t(N_("print the cost report")))
    value = commands.add_parser(
        "value",
        parents=[db_option],
        help=t(N_("what a company's inventory is worth: replacement values by production, type")),
    )
    value.add_argument("--company", required=True, help=t(N_("whose (name, code or city)")))
    value.add_argument("--json", action="store_true", help=t(N_("machine-readable output")))
