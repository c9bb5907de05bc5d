#!/usr/bin/env python3
"""Print the platform's OpenAPI schema as JSON (the web UI's typed client is generated from it).

    python scripts/export-openapi.py > frontend/openapi.json
    python scripts/export-openapi.py -o frontend/openapi.json

The output is deterministic (stable key order, two-space indent, trailing newline), so the
committed ``frontend/openapi.json`` changes only when the API does.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import tempfile
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, help="write here instead of standard output")
    args = parser.parse_args()

    # Building the app must not touch a real data directory or print logs into the JSON.
    logging.disable(logging.CRITICAL)
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    with tempfile.TemporaryDirectory(prefix="autoagi-openapi-") as data_dir:
        os.environ.setdefault("AUTOAGI_DATA_DIR", data_dir)
        from autoagi.server.app import create_app

        schema = create_app().openapi()
    text = json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
