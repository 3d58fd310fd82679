from infographic_app.cli import run

run()
