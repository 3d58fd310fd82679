"""The bundle's entry point: the same as the `infographic-app` command of a pip install."""

from infographic_app.cli import run

if __name__ == "__main__":
    run()
