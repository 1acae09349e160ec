"""Render an HTML report to PNG with headless Chromium (Debian's `chromium` package), to look at it."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync")


def screenshot(html_path: Path | str, png_path: Path | str, width: int = 1280, height: int = 2400) -> None:
    binary = next((b for b in ("chromium", "chromium-browser", "google-chrome") if shutil.which(b)), None)
    if binary is None:
        raise RuntimeError("no chromium binary on PATH (apt-get install chromium)")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([binary, *FLAGS, f"--user-data-dir={profile}", f"--window-size={width},{height}",
                        f"--screenshot={Path(png_path).resolve()}", Path(html_path).resolve().as_uri()],
                       check=True, capture_output=True, timeout=120)
    if not Path(png_path).is_file():
        raise RuntimeError(f"chromium wrote no screenshot to {png_path}")
