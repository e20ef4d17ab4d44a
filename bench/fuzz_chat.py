"""A long property-based run of the chat-input test (tests/test_chat_fuzz.py): random commands, typed
text and button presses from several people through the real Application and the local Bot API server.

    python bench/fuzz_chat.py [--examples 500] [--seed N]

The suite runs the same test with the bounded, derandomized "ci" profile; this runs the "fuzz" profile
(random, or reproducible with --seed). A failure prints hypothesis's shrunk example and the seed.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=500, help="hypothesis examples (each 1 to 8 updates)")
    parser.add_argument("--seed", type=int, help="hypothesis seed (default: random, printed on failure)")
    args = parser.parse_args()
    os.environ["HYPOTHESIS_PROFILE"] = "fuzz"
    os.environ["HYPOTHESIS_MAX_EXAMPLES"] = str(args.examples)
    import pytest

    command = [str(ROOT / "tests" / "test_chat_fuzz.py"), "-q", "-p", "no:cacheprovider", "--rootdir", str(ROOT),
               "--hypothesis-show-statistics"]
    if args.seed is not None:
        command.append(f"--hypothesis-seed={args.seed}")
    started = time.perf_counter()
    code = pytest.main(command)
    print(f"fuzz_chat: {args.examples} examples in {time.perf_counter() - started:.0f} s: "
          f"{'no property broken' if code == 0 else 'FAILED (see above)'}")
    return int(code)


if __name__ == "__main__":
    sys.exit(main())
