"""The teacher's commands without a window: ``check``, ``grade``, ``export`` and ``new-lesson``.

Each takes typed parameters and returns an exit status: 0 when all is well, 1 when an input has
problems, 2 for a usage mistake. They print to the streams they are given and use the core, never
a widget; ``annotator/cli.py`` only turns the command line into these calls.
"""
