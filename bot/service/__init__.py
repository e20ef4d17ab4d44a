"""The bot as a long-running service: the `run` and `worker` roles (roles.py), the web server with the
campaign tap redirect (web.py), /healthz and /metrics (health.py), logging with secrets redacted (logs.py).

Its modules are imported one by one (`bot.service.logs` stays light for every command of the CLI).
"""
