"""Build the Windows installer with Inno Setup's compiler (``make dist`` on Windows).

Runs ``ISCC`` with the package's version and the PyInstaller bundle; where ISCC is not
installed (any other platform, or Windows without Inno Setup 6) it checks the script as far
as that is possible without it — the sections and directives the installer relies on, the
preprocessor's ``#if``/``#endif`` balance, the files it names — and says it built nothing.

    python installer/windows/build_installer.py [--check]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SCRIPT = HERE / "sferum-desk.iss"
SECTIONS = {
    "Setup",
    "Languages",
    "CustomMessages",
    "Tasks",
    "Files",
    "Icons",
    "Registry",
    "Run",
    "Code",
}
REQUIRED = {
    "Setup": ["AppId", "AppVersion", "PrivilegesRequired", "ChangesAssociations", "DefaultDirName"],
}


def find_iscc() -> str | None:
    found = shutil.which("ISCC") or shutil.which("iscc")
    if found:
        return found
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
        if base and (Path(base) / "Inno Setup 6" / "ISCC.exe").is_file():
            return str(Path(base) / "Inno Setup 6" / "ISCC.exe")
    return None


def check_script(text: str) -> list[str]:
    """What is wrong with the script, as far as it can be seen without ISCC."""
    problems = []
    sections: dict[str, list[str]] = {}
    current = None
    depth = 0
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if stripped.startswith("#if"):
            depth += 1
        elif stripped.startswith("#endif"):
            depth -= 1
            if depth < 0:
                problems.append(f"line {number}: #endif without #if")
        section = re.fullmatch(r"\[(\w+)\]", stripped)
        if section:
            current = section[1]
            if current not in SECTIONS:
                problems.append(f"line {number}: unknown section [{current}]")
            sections.setdefault(current, [])
        elif current and stripped and not stripped.startswith((";", "//", "#")):
            sections[current].append(stripped)
    if depth:
        problems.append("#if without #endif")
    for section in SECTIONS - set(sections):
        problems.append(f"no [{section}] section")
    for section, keys in REQUIRED.items():
        present = {line.split("=", 1)[0].strip() for line in sections.get(section, [])}
        problems += [f"[{section}] has no {key}" for key in keys if key not in present]
    for line in sections.get("Files", []):
        source = re.search(r'Source:\s*"([^"]+)"', line)
        if not source:
            problems.append(f"[Files] entry without Source: {line}")
    for name in re.findall(r"(?:SetupIconFile)=(.+)", text):
        path = (HERE / name.strip().replace("\\", "/")).resolve()
        if not path.is_file():
            problems.append(f"SetupIconFile {name.strip()} does not exist")
    if "usPostUninstall" not in text:
        problems.append("the uninstaller does not ask about the user's data")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check the script")
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "sferum-desk")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    args = parser.parse_args(argv)
    problems = check_script(SCRIPT.read_text(encoding="utf-8"))
    if problems:
        for problem in problems:
            print(f"{SCRIPT.name}: {problem}", file=sys.stderr)
        return 1
    iscc = None if args.check else find_iscc()
    if iscc is None:
        print(f"{SCRIPT.name}: checked; no Inno Setup compiler here, no installer built")
        return 0
    subprocess.run(
        [
            iscc,
            f"/DAppVersion={version('sferum-desk')}",
            f"/DBundleDir={args.bundle.resolve()}",
            f"/DOutputDir={args.out.resolve()}",
            str(SCRIPT),
        ],
        check=True,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
