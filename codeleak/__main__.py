from __future__ import annotations

from codeleak.main import main

raise SystemExit(main())
