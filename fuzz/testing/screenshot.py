"""Render an HTML report to PNG with headless Chromium, to look at what a maintainer will see.

The flags keep Chromium off the network (no updates, sync or QUIC) and out of the user's profile;
the report is self-contained, so nothing is lost.  Debian's package is `chromium`.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

BINARIES = ("chromium", "chromium-browser", "google-chrome")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync")


def screenshot(html_path: Path | str, png_path: Path | str, width: int = 1280, height: int = 2400) -> None:
    """Write a width x height PNG of the top of the page; raise RuntimeError if that cannot be done."""
    html, png = Path(html_path).resolve(), Path(png_path).resolve()
    if not html.is_file():
        raise RuntimeError(f"no HTML file at {html}")
    binary = next((b for b in map(shutil.which, BINARIES) if b), None)
    if binary is None:
        raise RuntimeError(f"none of {', '.join(BINARIES)} is on PATH; install one (Debian: apt-get install chromium)")
    png.unlink(missing_ok=True)  # so a stale PNG never passes for a new one
    with tempfile.TemporaryDirectory() as profile:
        try:
            done = subprocess.run([binary, *FLAGS, f"--user-data-dir={profile}", f"--window-size={width},{height}",
                                   f"--screenshot={png}", html.as_uri()], capture_output=True, text=True, timeout=120)
        except subprocess.TimeoutExpired as exc:
            raise RuntimeError(f"{binary} took over 120 s to screenshot {html}") from exc
    if done.returncode != 0 or not png.is_file():
        raise RuntimeError(f"{binary} wrote no screenshot to {png} (exit {done.returncode}): {done.stderr[-500:]}")
