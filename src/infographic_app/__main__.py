from infographic_app.cli import main

raise SystemExit(main())
