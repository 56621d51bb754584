from kotodesk.cli import main

raise SystemExit(main())
