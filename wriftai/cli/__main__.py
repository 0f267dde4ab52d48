"""``python -m wriftai.cli``: the ``wriftai`` command."""

from wriftai.cli import main

if __name__ == "__main__":
    main()
