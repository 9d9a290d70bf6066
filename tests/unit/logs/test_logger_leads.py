"""A logger a generic line names between its stamp, level and message is the event's source and
leaves its message (`formats.LOGGER_LEAD`), unless an envelope names the source instead: then
it stays in the message, so that it is not lost. Real lines of the programs named."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest

from .conftest import ingest_file

# (lines of one log, the first event's source and message)
CASES = {
    # Home Assistant 2023 (TheGui01/Frisquet-connect-for-home-assistant, home-assistant.log): a
    # thread whose name holds parentheses
    "home-assistant": (
        [
            "2023-12-31 12:16:48.886 WARNING (Thread-2 (_do_shutdown)) "
            "[homeassistant.util.executor] Thread[SyncWorker_3] is still running at shutdown",
            "2023-12-31 12:16:49.022 ERROR (MainThread) [root] Uncaught exception",
        ],
        "homeassistant.util.executor",
        "Thread[SyncWorker_3] is still running at shutdown",
    ),
    # Dask's worker (dask/distributed#1946): the logger alone before the level
    "dask": (
        [
            "2018-04-27T09:28:22 distributed.diskutils DEBUG Locking "
            "'/tmp/worker-10od07fi.dirlock'...",
            "2018-04-27T09:28:22 distributed.worker INFO       Start worker at:      "
            "tcp://127.0.0.1:37503",
        ],
        "distributed.diskutils",
        "Locking '/tmp/worker-10od07fi.dirlock'...",
    ),
    # Frigate 0.13 under s6's stamps (docker logs): its own stamp, a padded logger and level
    "frigate": (
        [
            "2024-03-09 13:30:37.225932537  [2024-03-09 13:30:37] frigate.app                    "
            "INFO    : Starting Frigate (0.13.2-6476f8a)",
            "2024-03-09 13:30:37.334546759  [2024-03-09 13:30:37] frigate.app                    "
            "INFO    : Recording process started: 298",
        ],
        "frigate.app",
        "Starting Frigate (0.13.2-6476f8a)",
    ),
    # openHAB 2 (openhab/openhab1-addons#3828): a dotted logger in brackets, then ` - `
    "openhab2": (
        [
            "2016-01-18 11:05:00.064 [WARN ] [org.apache.karaf.services.eventadmin] - EventAdmin: "
            "Exception during event dispatch",
            "2016-01-18 11:05:01.064 [INFO ] [org.openhab.core] - started",
        ],
        "org.apache.karaf.services.eventadmin",
        "EventAdmin: Exception during event dispatch",
    ),
    # openHAB 1.7 (openhab/openhab1-addons#389): a logger of one word in brackets, then ` - `
    "openhab1": (
        [
            "2015-03-21 19:53:27.892 [ERROR] [AbstractGenericBindingProvider] - Binding "
            "org.openhab.binding.harmonyhub.internal.HarmonyHubBinding threw an exception: ",
            "2015-03-21 19:53:27.884 [INFO ] [c.internal.ModelRepositoryImpl] - Refreshing model "
            "'harmony.items'",
        ],
        "AbstractGenericBindingProvider",
        "Binding org.openhab.binding.harmonyhub.internal.HarmonyHubBinding threw an exception: ",
    ),
    # IntelliJ's idea.log (sirianni/ij-build-loop): the category between dashes
    "idea": (
        [
            "2018-02-05 22:03:53,129 [ 570475]   INFO - ij.compiler.impl.CompileDriver - "
            "COMPILATION STARTED (BUILD PROCESS) ",
            "2018-02-05 22:03:41,452 [ 558798]   INFO - j.compiler.server.BuildManager - "
            "BUILDER_PROCESS [stderr]: SLF4J: Defaulting to no-operation (NOP) logger "
            "implementation ",
        ],
        "ij.compiler.impl.CompileDriver",
        "COMPILATION STARTED (BUILD PROCESS) ",
    ),
    # Graylog 0.21 (Graylog2/graylog2-server#660): `%p: %c - %m`
    "graylog-0.21": (
        [
            "2014-08-07 14:07:30,560 ERROR: org.graylog2.periodical.IndexerClusterCheckerThread - "
            "Uncaught exception in periodical",
            "2014-08-07 14:07:31,560 INFO : org.graylog2.Main - Started",
        ],
        "org.graylog2.periodical.IndexerClusterCheckerThread",
        "Uncaught exception in periodical",
    ),
    # Graylog 2.0 (Graylog2/graylog2-server#2240): the class name in brackets
    "graylog-2.0": (
        [
            "2016-05-17T11:51:24.645-04:00 INFO  [IndexerClusterCheckerThread] Indexer not fully "
            "initialized yet. Skipping periodic cluster check.",
            "2016-05-17T11:51:24.640-04:00 INFO  [Periodicals] Starting "
            "[org.graylog2.periodical.NodePingThread] periodical in [0s], polling every [1s].",
        ],
        "IndexerClusterCheckerThread",
        "Indexer not fully initialized yet. Skipping periodic cluster check.",
    ),
    # Jellyfin's file log (linuxserver/docker-jellyfin#255): Serilog's thread and logger
    "jellyfin": (
        [
            "[2024-06-20 09:25:20.378 -07:00] [INF] [1] Emby.Server.Implementations.Plugins."
            'PluginManager: Loaded plugin: "Studio Images" "10.10.0.0"',
            '[2024-06-20 09:25:20.469 -07:00] [INF] [1] Main: Kestrel is listening on "0.0.0.0"',
        ],
        "Emby.Server.Implementations.Plugins.PluginManager",
        'Loaded plugin: "Studio Images" "10.10.0.0"',
    ),
    # Tautulli (Tautulli/Tautulli-Issues#91): the thread between `::` and ` : `
    "tautulli": (
        [
            "2018-06-11 08:27:59 - ERROR :: MainThread : Uncaught exception: Traceback (most "
            "recent call last):",
            "2018-06-11 08:28:00 - INFO :: CP Server Thread-4 : Requesting URLs for server...",
        ],
        "MainThread",
        "Uncaught exception: Traceback (most recent call last):",
    ),
    # a controller-runtime operator's zap console, its tabs turned into spaces (a pasted log)
    "zap-spaces": (
        [
            "2021-07-07T13:59:06.808+0100    INFO    controller-runtime.metrics      metrics "
            'server is starting to listen    {"addr": ":9102"}',
            "2021-07-07T13:59:06.809+0100    INFO    controller-runtime.builder      skip "
            "registering a mutating webhook",
        ],
        "controller-runtime.metrics",
        'metrics server is starting to listen    {"addr": ":9102"}',
    ),
    # Calico's felix (projectcalico/node): the Go file and line after the component
    "calico": (
        [
            "2023-09-18 07:41:02.531 [INFO][58] felix/int_dataplane.go 1893: Applying dataplane "
            "updates",
            "2019-05-30 03:02:20.427 [INFO][8] startup.go 256: Early log level set to info",
        ],
        "felix",
        "Applying dataplane updates",
    ),
    # Fluentd's worker number after the level
    "fluentd": (
        [
            "2018-09-09 11:04:34 +0900 [info]: #0 flush_thread_9 next_retry_time is 2018-09-09 "
            "11:06:39 +0900",
            "2018-09-09 11:04:35 +0900 [warn]: #0 failed to flush the buffer.",
        ],
        None,
        "flush_thread_9 next_retry_time is 2018-09-09 11:06:39 +0900",
    ),
    # OctoEverywhere (RemyJardin/Octo-related-logs): only the separator after the level
    "octoeverywhere": (
        [
            "2025-01-24 08:49:48,996 - ERROR - [Errno 111] Connection refused - goodbye",
            "2025-01-24 08:49:46,941 - INFO - Moonraker client websocket shutdown called.",
        ],
        None,
        "[Errno 111] Connection refused - goodbye",
    ),
    # openHAB 2's events.log (openhab/openhab-addons#88): a dash after the stamp, no level
    "openhab-events": (
        [
            "2015-09-26 22:19:46 - Thing 'homematic:HM-ES-TX-WM:29a37f28:MEQ0381392' has been "
            "added.",
            "2015-09-26 22:19:46 - homematic:HM-ES-TX-WM:29a37f28:MEQ0381392' updated: "
            "INITIALIZING",
        ],
        None,
        "Thing 'homematic:HM-ES-TX-WM:29a37f28:MEQ0381392' has been added.",
    ),
}


def _first(tmp_path: Path, lines: list[str]) -> tuple[str | None, str]:
    path = tmp_path / "app.log"
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    ingest_file(path, tmp_path / "store")
    event = pq.read_table(tmp_path / "store" / "events.parquet").sort_by("line").to_pylist()[0]
    return event["source"], event["message"]


@pytest.mark.parametrize("name", CASES)
def test_a_logger_read_as_a_header_field_is_the_source_and_leaves_the_message(
    name: str, tmp_path: Path
) -> None:
    lines, source, message = CASES[name]
    assert _first(tmp_path, lines) == (source, message)


def test_under_an_envelope_naming_the_service_the_logger_stays_in_the_message(
    tmp_path: Path,
) -> None:
    lines = [
        "homeassistant  | 2023-12-31 12:16:49.022 ERROR (MainThread) [homeassistant.setup] "
        "Setup failed for mqtt",
        "homeassistant  | 2023-12-31 12:16:50.022 INFO (MainThread) [homeassistant.core] Started",
    ]
    assert _first(tmp_path, lines) == (
        "homeassistant",
        "(MainThread) [homeassistant.setup] Setup failed for mqtt",
    )
