"""`kotodesk backup create|list|restore|export-all`: the data folder's database kept safe."""

from __future__ import annotations

import argparse
from pathlib import Path

from kotodesk.cli.common import OK, Context, interactive, xlsx_target
from kotodesk.domain.errors import UsageError


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("backup", help="back up, list backups, restore, export all data")
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")

    create = actions.add_parser("create", parents=[common],
                                help="copy the database to FILE (safe while kotodesk runs)")
    create.add_argument("file", type=Path)
    create.set_defaults(handler=do_create)

    lst = actions.add_parser("list", parents=[common],
                             help="the automatic backups kept in the data folder")
    lst.set_defaults(handler=do_list)

    restore = actions.add_parser(
        "restore", parents=[common],
        help="show what FILE holds and replace the database with it (asks first; "
             "--yes to restore without asking)")
    restore.add_argument("file", type=Path)
    restore.add_argument("--yes", action="store_true",
                         help="restore without asking (a safety backup is made first)")
    restore.set_defaults(handler=do_restore)

    export = actions.add_parser("export-all", parents=[common],
                                help="every programme, round, entry and change as .xlsx")
    export.add_argument("file", type=Path, metavar="FILE.xlsx")
    export.set_defaults(handler=do_export_all)


def _home(ctx: Context) -> Path:
    return ctx.home


def _refuse_own_database(ctx: Context, path: Path, what: str) -> None:
    """The data folder's database or one of SQLite's files beside it: a backup written
    there replaces the open database under its readers, a restore from it restores
    nothing."""
    from kotodesk.datafolder.backup import database_file

    own = database_file(_home(ctx)).resolve()
    if path.resolve() in {own, *(Path(f"{own}{tail}") for tail in ("-wal", "-shm",
                                                                    "-journal"))}:
        raise UsageError(f"{path}: is this data folder's own database; {what}")


def do_create(ctx: Context) -> int:
    from kotodesk.datafolder.backup import backup_database

    _refuse_own_database(ctx, ctx.args.file, "give the backup a name of its own")
    target = backup_database(ctx.workspace.store, ctx.args.file)
    size = target.stat().st_size
    ctx.emit({"file": str(target), "size": size},
             [f"Backed up {ctx.workspace.store.path} to {target} ({size / 1024:.0f} KiB)."])
    return OK


def do_list(ctx: Context) -> int:
    from kotodesk.datafolder.backup import folder, list_backups, oddity

    found = list_backups(_home(ctx))
    lines = []
    for b in found:
        lines.append(f"{b.created:%Y-%m-%d %H:%M:%S}  {b.kind:<16} {b.size / 1024:>7.0f} KiB  "
                     f"{b.path}")
        odd = oddity(b)
        if odd:
            lines.append(f"  odd: {odd}")
    ctx.emit({"folder": str(folder(_home(ctx))), "backups": [b.to_dict() for b in found]},
             lines or [f"No backups in {folder(_home(ctx))} yet."])
    return OK


def do_restore(ctx: Context) -> int:
    from kotodesk.datafolder import backup
    from kotodesk.system.folder_lock import hold

    a = ctx.args
    _refuse_own_database(ctx, a.file, "restore from a backup of it (`kotodesk backup "
                         "list`)")
    summary = backup.inspect(a.file)
    confirmed = a.yes
    if not confirmed and not ctx.as_json and interactive():
        print("\n".join(summary.lines()))
        answer = input(f"Replace the database in {_home(ctx)} with this backup? [y/N] ")
        confirmed = answer.strip().lower() in {"y", "yes", "k", "kyllä", "j", "ja"}
        if not confirmed:
            print("Not restored.")
            return OK
    elif not confirmed:
        ctx.emit({"restored": False, "backup": summary.to_dict()},
                 [*summary.lines(), "", "Preview only: nothing was changed. Run again with "
                  "--yes to restore."])
        return OK
    with hold(_home(ctx), "restore a backup"):
        result = backup.restore(_home(ctx), a.file)
    if result.set_aside:
        safety = f"The damaged database is kept as {result.set_aside}."
    elif result.safety_backup:
        safety = f"The previous database is kept in {result.safety_backup}."
    else:
        safety = "There was no previous database."
    ctx.emit({"restored": True, **result.to_dict()},
             [*summary.lines(), "", f"Restored into {_home(ctx)}. {safety}"])
    return OK


def do_export_all(ctx: Context) -> int:
    from kotodesk.reporting.export_all import export_all

    target = xlsx_target(ctx.args.file)
    report = export_all(ctx.workspace.store, target)
    ctx.emit(report.to_dict(), report.lines())
    return OK
