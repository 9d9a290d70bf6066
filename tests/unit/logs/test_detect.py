"""Format detection on real samples and on one file per generic format."""

from __future__ import annotations

import pytest

from analyzer.logs import detect
from analyzer.logs.detect import detect_format, forced_format, format_fit
from analyzer.logs.formats import BY_NAME, FORMATS
from analyzer.logs.reader import sample_lines

from .conftest import FIXTURES, LOGHUB, needs_loghub

LOGHUB_FORMATS = {
    "Android": "android",
    "Apache": "apache-error",
    "BGL": "bgl",
    "HDFS": "hdfs",
    "HPC": "hpc",
    "Hadoop": "log4j",
    "HealthApp": "healthapp",
    "Linux": "syslog",
    "Mac": "syslog",
    "OpenSSH": "syslog",
    "OpenStack": "openstack",
    "Proxifier": "proxifier",
    "Spark": "spark",
    "Thunderbird": "thunderbird",
    "Windows": "windows",
    "Zookeeper": "zookeeper",
}
FIXTURE_FORMATS = {
    "access_combined.log": "access",
    "access_escaped.log": "access",
    "activemq.log": "activemq",
    "activemq_audit.log": "activemq-audit",
    "airflow_scheduler.log": "airflow",
    "airflow_task.log": "airflow",
    "akka.log": "akka",
    "ampm_dayfirst.log": "slash-ampm",
    "android_brief.log": "android-brief",
    "android_studio.log": "android-studio",
    "android_studio_noyear.log": "android-studio-noyear",
    "android_time.log": "android-time",
    "ansible.log": "ansible",
    "apache_error.log": "apache-error",
    "apache_error_php.log": "apache-error",
    "app.jsonl": "json",
    "app.logfmt": "logfmt",
    "apt_term.log": "apt-term",
    "asterisk.log": "asterisk",
    "asterisk_sip.log": "asterisk",
    "audit.log": "auditd",
    "aws_alb.log": "aws-alb",
    "aws_alb_kinds.log": "aws-alb",
    "aws_logs_tail.log": "cloudwatch",
    "cloudfoundry.log": "cloudfoundry",
    "bacula.log": "bacula",
    "barracuda_waf.log": "barracuda-waf",
    "bash_history.log": "shell-history",
    "boot.log": "systemd-boot",
    "bsm_audit.xml": "bsm-xml",
    "bsm_audit_lines.log": "bsm-xml",
    "windows_event.xml": "windows-event-xml",
    "aruba_aoscx.log": "syslog-iso",
    "tor_notices.log": "tor",
    "klog_heading.log": "glog",
    "logcat_year.log": "android-year",
    "dotnet_systemd.log": "systemd-console",
    "dbt.log": "dbt",
    "freeradius.log": "ctime",
    "busybox_syslog.log": "syslog-level",
    "caddy_v0_access.log": "access",
    "calico_felix.log": "iso-level",
    "cargo_build.log": "level-colon",
    "cef.log": "cef",
    "celery_console.log": "celery",
    "ceph.log": "ceph",
    "ceph_volume.log": "bracketed",
    "certbot.log": "python-colon",
    "chromium.log": "chromium",
    "cisco_asa_colon_host.log": "cisco-ios",
    "cisco_asa_relay.log": "cisco-ios",
    "cisco_asa_year_pri.log": "cisco-ios-year",
    "cisco_esa_text.log": "ctime",
    "cisco_ftd.log": "cisco-nxos",
    "cisco_ftd_iso.log": "cisco-nxos",
    "cisco_ios.log": "cisco-ios",
    "cisco_ise.log": "cisco-ise",
    "cisco_meraki.log": "cisco-meraki",
    "cisco_nxos.log": "cisco-nxos",
    "cisco_syslog.log": "cisco-ios",
    "cisco_wlc.log": "cisco-ios",
    "cisco_xr.log": "cisco-xr",
    "cisco_xr_year.log": "cisco-xr-year",
    "cisco_year.log": "cisco-ios-year",
    "citrix_adc.log": "citrix-adc",
    "citrix_adc_ddmm.log": "citrix-adc",
    "clamav.log": "clamav",
    "clef.jsonl": "json",
    "clickhouse.log": "clickhouse",
    "cloud_init.log": "cloud-init",
    "cloudflare.jsonl": "json",
    "cloudfront.log": "cloudfront",
    "cockroach.log": "cockroach",
    "cockroach_redacted.log": "cockroach",
    "consul_template.log": "go-std",
    "contrast_cef.log": "cef-year",
    "coredns.log": "bracket-level",
    "couchdb.log": "couchdb",
    "couchdb_1.log": "couchdb-1",
    "cri.log": "cri",
    "cups_error.log": "cups",
    "datadog_agent.log": "datadog-agent",
    "date_stamped.log": "ctime",
    "date_time_semicolon.csv": "csv",
    "db2diag.log": "db2diag",
    "django_logging.log": "django-logging",
    "dmesg_x.log": "dmesg",
    "dnf.log": "iso-level",
    "dovecot.log": "dovecot",
    "elasticsearch_slowlog.log": "bracketed",
    "elb_classic.log": "elb-classic",
    "elixir.log": "elixir",
    "envoy.log": "envoy",
    "envoy_access_type.log": "envoy",
    "envoy_app.log": "bracketed",
    "epoch_ms.log": "epoch",
    "esp_idf.log": "esp-idf",
    "esxi8_syslog.log": "esxi",
    "esxi_hostd.log": "esxi",
    "esxi_relayed_caps.log": "syslog-pri-iso",
    "etcd_capnslog.log": "capnslog",
    "exchange_tracking.log": "iso-csv",
    "f5_ltm.log": "f5",
    "fail2ban.log": "fail2ban",
    "flask.log": "flask",
    "flink.log": "iso-level",
    "fluent_bit.log": "fluent-bit",
    "fluentd.log": "iso-level",
    "fmw_odl.log": "odl",
    "forge.log": "forge",
    "forge112_latest.log": "thread-level",
    "fortigate.log": "logfmt",
    "fortimail.log": "kv-comma",
    "gelf.jsonl": "json",
    "gin_requests.log": "gin",
    "gitea.log": "gitea",
    "github_actions.log": "github-actions",
    "gitlab_ci_job.log": "gitlab-ci",
    "gitlab_ci_timestamps.log": "gitlab-ci",
    "glassfish3_server.log": "glassfish-ulf",
    "glog.log": "glog",
    "glusterfs.log": "glusterfs",
    "go_std_prefix.log": "go-std",
    "haproxy.log": "haproxy",
    "haproxy_custom_epoch.log": "haproxy",
    "haproxy_host_field.log": "haproxy",
    "haproxy_rfc3339.log": "haproxy",
    "haproxy_stdout.log": "haproxy-stdout",
    "harbor_syslog.log": "syslog",
    "heroku.log": "heroku",
    "home_assistant.log": "iso-level",
    "hydra_train.log": "hydra",
    "ibm_mq_amqerr.log": "ibm-mq",
    "ibm_mq_day_first.log": "ibm-mq",
    "iboss_syslog.log": "syslog-notag",
    "icinga2.log": "icinga2",
    "iis_custom_fields.log": "iis",
    "iis_httperr.log": "iis",
    "iis_w3c.log": "iis",
    "install_script.log": "bracket-level",
    "intune_ime.log": "cmtrace",
    "ios_syslog.log": "apple-syslog",
    "istio_mixer.log": "envoy",
    "java_app.log": "log4j",
    "jdk8_gc.log": "jdk8-gc",
    "jdk8_gc_uptime.log": "jdk8-gc",
    "jdk_gc_time_uptime.log": "jdk-unified",
    "jdk_time_pid_tags.log": "jdk-unified",
    "jenkins.log": "jenkins",
    "jenkins_console.log": "jenkins-console",
    "jenkins_console_plain.log": "jenkins-console",
    "jenkins_trace.log": "jenkins",
    "jetty9_stderr.log": "jetty",
    "journal_short_full.log": "journal-full",
    "journal_short_unix.log": "journal-unix",
    "journal_short_monotonic.log": "journal-monotonic",
    "journal_short_heading.log": "syslog",
    "journal_catalog.log": "syslog",
    "mysql57_after_upgrade.log": "iso-level",
    "syslog_iso_naive.log": "syslog-iso",
    "jdk8_gc_tenuring.log": "jdk8-gc",
    "powershell_export.csv": "csv",
    "mysql57_slow.log": "mysql-slow",
    "journal_french.log": "syslog-localized",
    "kubectl_timestamps_klog.log": "timestamps",
    "log4j_soap_dump.log": "log4j",
    "fortigate_tz.log": "logfmt",
    "journal_catalog_old.log": "syslog",
    "journal_verbose.log": "journal-verbose",
    "json_message_level.jsonl": "json",
    "junos.log": "syslog",
    "jupyter_server.log": "tornado",
    "k8s_audit.jsonl": "json",
    "kafka.log": "kafka",
    "kibana7.jsonl": "json",
    "kibana_export.csv": "csv",
    "klog_fatal.log": "glog",
    "lambda.log": "lambda",
    "letter_levels.log": "iso-level",
    "level_first_bracket.log": "level-first",
    "libvirtd.log": "libvirt",
    "liferay62_console.log": "time-thread-level",
    "liferay_console.log": "time-thread-level",
    "log4j2_json_layout.jsonl": "json",
    "log4j_line.log": "iso-level",
    "log4j_ttcc.log": "log4j-ttcc",
    "logback.log": "logback",
    "logback_console.log": "time-thread-level",
    "logback_console_nothread.log": "time-thread-level",
    "logback_multiline.log": "logback",
    "logrus_tty.log": "logrus-text",
    "loguru.log": "loguru",
    "lsf_mbatchd.log": "lsf",
    "macos_install.log": "syslog-iso",
    "macos_log_show.log": "macos",
    "macos_log_compact.log": "macos-compact",
    "macos_system.log": "syslog",
    "mariadb_slow.log": "mysql-slow",
    "mikrotik.log": "mikrotik",
    "milvus_glog.log": "glog-year",
    "modsecurity_audit.jsonl": "json",
    "mongod_legacy.log": "mongodb-text",
    "mongod_legacy_nocontext.log": "mongodb-text",
    "monolog_json.jsonl": "json",
    "morgan_dev.log": "morgan",
    "mssql_errorlog.log": "mssql-errorlog",
    "mysql50_error.log": "mysql-old",
    "mysql_general.log": "mysql-general",
    "mysql_general_old.log": "mysql-general",
    "nagios.log": "epoch-bracket",
    "named.log": "bind",
    "nessus_backend.log": "clf-stamp",
    "nessusd_messages.log": "ctime",
    "netlogon.log": "netlogon",
    "nextcloud.log": "json",
    "nextflow.log": "nextflow",
    "nexus.log": "iso-level",
    "nginx_error.log": "nginx-error",
    "nginx_error_clients.log": "nginx-error",
    "nginx_forwarded.log": "access-forwarded",
    "nginx_ingress_old.log": "nginx-ingress",
    "nginx_json.log": "json",
    "nlog.log": "nlog",
    "nomad.log": "iso-level",
    "odoo.log": "odoo",
    "okta.jsonl": "json",
    "ollama_server.log": "logfmt",
    "openldap_bracketed.log": "slash-ampm",
    "openwrt_logread.log": "openwrt",
    "oracle_alert.log": "oracle-alert",
    "oracle_audit.aud": "oracle-audit",
    "modsec_audit.log": "modsec-audit",
    "pacemaker.log": "pacemaker",
    "pacman.log": "pacman",
    "paloalto.log": "paloalto",
    "panorama_syslog.log": "syslog-notag",
    "passenger_nginx_error.log": "passenger",
    "payara_server.log": "odl",
    "pfirewall.log": "windows-firewall",
    "pfsense_filterlog.log": "syslog-nohost",
    "php_error_zone.log": "php",
    "pingfederate_audit.log": "iso-plain",
    "pino_pretty.log": "pino-pretty",
    "plex.log": "plex",
    "postfix_syslog.log": "syslog",
    "postgres.csv": "postgres-csv",
    "postgres_angle_prefix.log": "iso-plain",
    "postgres_custom_prefix.log": "iso-plain",
    "postgres_jsonlog.jsonl": "json",
    "postgres_pgbadger.log": "iso-plain",
    "postgres_stderr.log": "postgres-stderr",
    "puma_cluster.log": "puma",
    "puppet_agent.log": "puppet",
    "python.log": "python",
    "python_basic.log": "python-basic",
    "python_colon.log": "python-colon",
    "python_multiline.log": "iso-level",
    "python_notime.log": "python-notime",
    "qmail_multilog.log": "tai64n",
    "rabbitmq_error_logger.log": "erlang-report",
    "rails2_production.log": "rails",
    "rails_development.log": "rails",
    "rails_exception.log": "rails",
    "redis1.log": "redis-old",
    "redis4_indented.log": "redis-3",
    "redis_old.log": "redis-old",
    "rethinkdb.log": "rethinkdb",
    "rust_env_logger.log": "iso-level",
    "rust_tracing.jsonl": "json",
    "rust_tracing.log": "rust-tracing",
    "s3_access.log": "s3-access",
    "salt_minion.log": "salt",
    "samba.log": "samba",
    "santa.log": "santa",
    "sccm_ccmexec.log": "cmtrace",
    "scrapy.log": "scrapy",
    "script_server.log": "python-name-level",
    "serilog_console.log": "serilog-console",
    "setupapi.dev.log": "setupapi",
    "sidekiq.log": "sidekiq",
    "sidekiq5.log": "sidekiq",
    "slurmctld.log": "slurm",
    "slurmstepd.log": "slurm",
    "snort_fast.log": "fast-log",
    "snort_full.log": "snort-full",
    "solr.log": "iso-level",
    "sonarqube.log": "sonarqube",
    "sonicwall.log": "logfmt",
    "sonicwall_kv.log": "logfmt",
    "sonicwall_relay.log": "logfmt",
    "sophos_xg.log": "logfmt",
    "sophos_utm.log": "sophos-utm",
    "aws_nlb.log": "aws-nlb",
    "spdlog.log": "iso-level",
    "splunk_export.csv": "csv",
    "spring_boot_failure.log": "spring-boot",
    "squid.log": "squid-access",
    "squid_cache.log": "go-std",
    "ssl_request.log": "apache-ssl-request",
    "sssd_nss.log": "sssd",
    "strace_ttt.log": "strace",
    "strongswan_charon.log": "strongswan",
    "structlog.log": "iso-level",
    "sudo_logfile.log": "sudo",
    "sudo_year.log": "sudo-year",
    "suricata_fast.log": "fast-log-year",
    "symantec_csv.log": "iso-csv",
    "syncthing.log": "syncthing",
    "syslog5424.log": "syslog-5424",
    "syslog_year.log": "syslog-year",
    "telegraf.log": "telegraf",
    "tensorflow.log": "tensorflow",
    "terraform.log": "iso-level",
    "tidb.log": "tidb",
    "time_of_day_level.log": "clock-level",
    "tomcat_french.log": "tomcat",
    "tomcat_german.log": "tomcat",
    "tomcat_localhost.log": "tomcat",
    "tornado.log": "tornado",
    "traefik_common.log": "access",
    "trafficserver_diags.log": "trafficserver",
    "unbound.log": "epoch-bracket",
    "unreal.log": "unreal",
    "uwsgi.log": "uwsgi",
    "valheim_server.log": "slash-ampm",
    "vault_json.log": "json",
    "vcenter_vpxd.log": "esxi",
    "vdsm.log": "vdsm",
    "vllm_server.log": "vllm",
    "vpc_flow.log": "vpc-flow",
    "vpc_flow_custom.log": "vpc-flow",
    "w3c_advanced_logging.log": "iis",
    "w3c_oracle_webcache.log": "iis",
    "watchguard.log": "watchguard",
    "wazuh_alerts.log": "ossec-alerts",
    "weave_net.log": "go-std",
    "weblogic_server.log": "weblogic",
    "weblogic_stdout.log": "weblogic",
    "websphere.log": "websphere",
    "wevtutil_text.log": "wevtutil",
    "wildfly.log": "jboss",
    "windows_dhcp.log": "windows-dhcp",
    "windows_dns.log": "windows-dns",
    "windows_events.csv": "windows-events-csv",
    "windows_update.log": "windows-update",
    "winston_simple.log": "level-colon",
    "winston_text.log": "iso-plain",
    "xorg.log": "dmesg",
    "yum.log": "yum",
    "zabbix_server.log": "zabbix",
    "zap_console.log": "zap-console",
    "zeek_conn.log": "zeek",
    "zerolog_console.log": "zerolog-console",
    "zigbee2mqtt.log": "zigbee2mqtt",
    "zimbra_mailbox.log": "log4j",
    "zookeeper_myid.log": "zookeeper",
    "zscaler.jsonl": "json",
}


@needs_loghub()
@pytest.mark.parametrize(("system", "expected"), sorted(LOGHUB_FORMATS.items()))
def test_loghub_systems_are_detected(system: str, expected: str) -> None:
    found = detect_format(sample_lines(LOGHUB / system / f"{system}_2k.log"))
    assert found.format.name == expected
    assert found.fit > 0.99


@pytest.mark.parametrize(("name", "expected"), sorted(FIXTURE_FORMATS.items()))
def test_generic_formats_are_detected(name: str, expected: str) -> None:
    assert detect_format(sample_lines(FIXTURES / name)).name == expected


def test_unknown_text_falls_back_to_raw() -> None:
    found = detect_format(["hello there", "nothing structured here", "at all"])
    assert found.format.name == "raw"


def test_a_snippet_of_two_stamped_lines_among_unstamped_ones_is_read_by_their_format() -> None:
    snippet = [  # an event's dump of variables, unindented, between two stamped lines
        "[2019-12-26 17:34:49,039] {python_operator.py:105} INFO - Exporting env vars:",
        "AIRFLOW_CTX_DAG_ID=hello_world_fail",
        "AIRFLOW_CTX_TASK_ID=hello_world_fail_task",
        "AIRFLOW_CTX_EXECUTION_DATE=2019-12-26T17:34:41",
        "[2019-12-26 17:34:50,001] {python_operator.py:114} INFO - Done.",
    ]
    assert detect_format(snippet).format.name == "airflow"
    # in a longer text, two such lines are too few to make it a log
    prose = [f"a line of prose number {i}" for i in range(40)]
    assert detect_format(snippet[:1] + prose + snippet[4:]).format.name == "raw"


def test_format_names_are_unique() -> None:
    names = [f.name for f in FORMATS]
    assert len(names) == len(set(names))
    # ... and no envelope is called as a format is (a forced name would be ambiguous)
    every = detect.format_names()
    assert len(every) == len(set(every))


def test_lines_of_two_formats_go_to_them_not_to_a_generic_format_fitting_both() -> None:
    android = [f"03-17 16:13:38.811  1702  2395 D WindowManager: printFreezingDisplayLogs {i}"
               for i in range(60)]  # fmt: skip
    log4j = [f"2015-10-18 18:01:47,978 INFO [main] org.apache.hadoop.A: step {i}"
             for i in range(20)]  # fmt: skip
    zookeeper = [
        f"2015-07-29 17:41:44,747 - INFO  [QuorumPeer[myid=1]/0.0.0.0:2181:Leader@{i}] - ok"
        for i in range(20)
    ]
    found = detect_format(android + log4j + zookeeper)
    assert found.format.name == "android"
    # iso-level fits all 40 lines, but each has a format of its own
    assert [f.name for f in found.fallbacks] == ["zookeeper", "log4j"]


def test_a_format_of_a_few_scattered_lines_is_found() -> None:
    lines = [f"2024-01-01T10:00:{i % 60:02d}Z INFO main: step {i}" for i in range(400)]
    for i in range(1, 9):  # 2% of the lines, none of them among every fourth line
        lines[i * 40 + 1] = f"Mar  1 10:00:0{i} host sshd[12]: Accepted password for u{i}"
    assert [f.name for f in detect_format(lines).fallbacks] == ["syslog"]


def test_a_lambda_log_of_mostly_platform_lines_is_a_lambda_log() -> None:
    ids = [f"6f1c3a52-9d1e-4c57-8a3e-2b7f0e9d4c{i:02d}" for i in range(8)]
    lines = ["INIT_START Runtime Version: nodejs:20.v13\tRuntime Version ARN: arn:aws:lambda:x"]
    for i, rid in enumerate(ids):
        lines += [f"START RequestId: {rid} Version: $LATEST", f"END RequestId: {rid}"]
        lines += [f"REPORT RequestId: {rid}\tDuration: 1.{i} ms\tBilled Duration: 2 ms\t"]
    lines.append(f"2024-03-01T10:00:00.123Z\t{ids[0]}\tERROR\tInvoke Error ")
    assert detect_format(lines).name == "lambda"


def test_seven_decimal_stamps_with_a_level_on_every_line_are_not_a_job_log() -> None:
    lines = [f"2024-03-01T10:00:0{i}.1234567Z INFO processed order {i} in 12 ms" for i in range(9)]
    assert detect_format(lines).name == "iso-level"
    lines[4] = "2024-03-01T10:00:04.1234567Z ##[group]Run npm test"
    assert detect_format(lines).name == "github-actions"


def test_logcat_threadtime_stays_android() -> None:
    lines = [f"03-17 16:13:38.811  1702  2395 D WindowManager: printFreezingDisplayLogs {i}"
             for i in range(9)]  # fmt: skip
    assert detect_format(lines).name == "android"


def test_hclog_lines_naming_their_logger_are_not_syslog() -> None:
    lines = [
        "2024-03-01T10:00:00.123Z [INFO]  agent: Starting Nomad agent...",
        "2024-03-01T10:00:01.000Z [WARN]  agent.plugin_loader: skipping external plugins",
        "2024-03-01T10:00:02.123Z [ERROR] client.driver_mgr.docker: failed to list pause "
        'containers: error="Cannot connect"',
        "2024-03-01T10:00:03.123+0100 [DEBUG] nomad.raft: votes: needed=1",
    ]
    assert detect_format(lines).name == "iso-level"
    # a host does not open with `[`: `[INFO]` is the level, not the host
    assert detect.format_fit(BY_NAME["syslog-iso"], lines) == 0.0


def test_a_level_and_a_logger_after_an_rfc3339_stamp_are_not_a_syslog_host() -> None:
    lines = [f"2024-03-01T10:00:0{i}Z INFO main: started worker {i}" for i in range(5)]
    found = detect_format(lines)
    assert found.format.name == "iso-level"
    assert detect.format_fit(BY_NAME["syslog-iso"], lines) == 0.0
    # capitals and digits, or a capital first, still make a host
    hosts = [f"2024-03-01T10:00:0{i}Z {h} sshd[7]: Accepted" for i, h in enumerate(["WEB01", "Db"])]
    assert detect.format_fit(BY_NAME["syslog-iso"], hosts) == 1.0


def test_jboss_lines_with_a_date_or_a_plain_time_are_jboss_not_log4j() -> None:
    server_log = [  # WildFly's server.log writes the date
        "2024-03-01 10:00:00,600 INFO  [org.jboss.as] (MSC service thread 1-2) WFLYSRV0049: "
        "WildFly Full 30.0.0.Final starting",
        "2024-03-01 10:00:01,300 WARN  [org.jboss.as.txn] (ServerService Thread Pool -- 63) "
        "WFLYTX0013: The node-identifier attribute is set to the default value",
    ]
    assert detect_format(server_log).name == "jboss"
    quarkus = [  # `%d{HH:mm:ss} %-5p [%c{2.}] (%t) %s%e%n`: no milliseconds
        "10:00:00 INFO  [io.quarkus] (main) orders 1.0.0 on JVM (powered by Quarkus 3.8.1) "
        "started in 1.234s. Listening on: http://0.0.0.0:8080",
        "10:00:05 ERROR [io.qua.ver.htt.run.QuarkusErrorHandler] (executor-thread-1) HTTP "
        "Request to /orders failed, error id: 3f0c",
    ]
    assert detect_format(quarkus).name == "jboss"


def test_airflow_lines_are_airflow_in_each_stamp_style() -> None:
    lines = [
        "[2022-12-18 00:14:38,268] {python.py:178} INFO - Done. Returned value was: None",
        "[2024-03-01T10:00:00.123+0000] {scheduler_job_runner.py:411} INFO - 1 tasks up",
        "[2024-03-01, 10:00:00 UTC] {taskinstance.py:1157} WARNING - Dependencies not met",
    ]
    assert detect_format(lines).name == "airflow"  # not iso-level, which fits them too


def test_audit_records_are_auditd_not_logfmt() -> None:
    lines = [  # `name_format = hostname` writes the node first
        "node=web01 type=SYSCALL msg=audit(1709287200.123:456): arch=c000003e syscall=59 "
        'success=yes exit=0 items=2 ppid=1 pid=1234 auid=1000 uid=0 comm="sudo" key="priv_esc"',
        'node=web01 type=EXECVE msg=audit(1709287200.123:456): argc=2 a0="sudo" a1="id"',
        "node=web01 type=USER_AUTH msg=audit(1709287205.456:457): pid=1240 uid=1000 auid=1000 "
        'msg=\'op=PAM:authentication acct="alice" exe="/usr/bin/sudo" res=failed\'',
    ]
    assert detect_format(lines).name == "auditd"
    assert detect.format_fit(BY_NAME["logfmt"], lines) == 1.0  # which read them without a time


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (  # `service timestamps log uptime`, with and without `service sequence-numbers`
            [
                "000045: 00:00:45: %LINK-3-UPDOWN: Interface FastEthernet0/0, changed state to up",
                "1d02h: %SYS-5-CONFIG_I: Configured from console by console",
                "2w3d: %LINEPROTO-5-UPDOWN: Line protocol on Interface Fa0/1, changed state to up",
            ],
            "cisco-ios",
        ),
        (  # ASA's buffer: without `logging timestamp`, and with it
            [
                "%ASA-6-302013: Built outbound TCP connection 1 for outside:192.0.2.1/443",
                "%ASA-4-106023: Deny tcp src outside:203.0.113.9/51514 dst inside:10.0.0.5/1433",
            ],
            "cisco-ios",
        ),
        (
            [
                "Mar 01 2024 10:00:00: %ASA-6-302013: Built outbound TCP connection 1 for "
                "outside:192.0.2.1/443 (192.0.2.1/443) to inside:10.0.0.8/51720 (10.0.0.8/51720)",
                "Mar 01 2024 10:00:01: %ASA-4-106023: Deny tcp src outside:203.0.113.9/51514 dst "
                'inside:10.0.0.5/1433 by access-group "outside_in" [0x0, 0x0]',
            ],
            "cisco-ios-year",
        ),
        (  # ASA's device id after its stamp (`logging device-id`): the code gives the level
            [
                "Mar 01 2024 10:00:00 fw01 : %ASA-4-106023: Deny tcp src outside:203.0.113.9/5151 "
                'dst inside:10.0.0.5/1433 by access-group "outside_in"',
                "Mar 01 2024 10:00:01 fw01 : %ASA-6-302013: Built outbound TCP connection 1",
            ],
            "cisco-ios-year",
        ),
    ],
)
def test_cisco_lines_in_each_stamp_style(lines: list[str], expected: str) -> None:
    assert detect_format(lines).name == expected


def test_nlog_lines_with_an_event_id_are_nlog() -> None:
    lines = [  # the layout of NLog's ASP.NET Core template
        "2024-03-01 10:00:00.1234|14|INFO|Microsoft.Hosting.Lifetime|Now listening on: "
        "http://localhost:5000",
        "2024-03-01 10:00:05.0001|0|ERROR|MyApp.Controllers.OrdersController|Order 42 failed "
        "System.InvalidOperationException: Sequence contains no elements",
    ]
    assert detect_format(lines).name == "nlog"


def test_snort3_alerts_are_fast_log() -> None:
    lines = [  # Snort 3 quotes the message and writes its action before `[**]`
        '03/01-10:00:00.123456 [**] [1:1000001:0] "ICMP test" [**] [Priority: 0] {ICMP} '
        "192.168.1.1 -> 192.168.1.2",
        '03/01-10:00:01.000001 [block] [**] [1:1000002:1] "SSH brute force" [**] '
        "[Classification: Attempted Administrator Privilege Gain] [Priority: 1] {TCP} "
        "203.0.113.9:51514 -> 10.0.0.5:22",
    ]
    assert detect_format(lines).name == "fast-log"


def test_loguru_lines_are_loguru_not_iso_level() -> None:
    lines = [
        "2024-03-01 10:00:00.123 | INFO     | app.main:startup:42 - Application started",
        "2024-03-01 10:00:01.002 | SUCCESS  | app.db:connect:25 - Connected",
        "2024-03-01 10:00:02.010 | WARNING  | app.api:create:131 - No shipping address",
    ]
    assert detect_format(lines).name == "loguru"
    assert detect.format_fit(BY_NAME["iso-level"], lines) > 0.5  # which read them before


def test_an_oracle_startup_whose_banner_outnumbers_its_stamps_is_an_alert_log() -> None:
    lines = [  # 19c's startup: a record's lines carry no mark of their own
        "2024-03-01T10:00:00.123456+00:00",
        "Starting ORACLE instance (normal) (OS id: 12345)",
        "2024-03-01T10:00:05.402245+00:00",
        "LICENSE_MAX_SESSION = 0",
        "LICENSE_SESSIONS_WARNING = 0",
        "Initial number of CPU is 2",
        "Capability Type : Network",
        "capabilities requested : 1 detected : 0 Simulated : 0",
        "SUCCESS: All RDMA devices are valid",
        "NUMA status: non-NUMA system",
        "Starting up:",
        "Oracle Database 19c Enterprise Edition Release 19.0.0.0.0 - Production",
        "Version 19.3.0.0.0.",
        "ORACLE_HOME:    /u01/app/oracle/product/19.0.0/dbhome_1",
        "Using parameter settings in server-side spfile /u01/app/oracle/dbs/spfileorcl.ora",
        "System parameters with non-default values:",
        "  processes                = 320",
        "2024-03-01T10:00:05.469440+00:00",
        "Starting background process PMAN",
        "PMAN started with pid=2, OS id=2874",
        "2024-03-01T10:00:06.500000+00:00",
        "ALTER DATABASE   MOUNT",
        "Database mounted in Exclusive Mode",
        "Completed: ALTER DATABASE   MOUNT",
        "Fri Mar 01 10:00:07 2024",  # 11g's stamp, alone on its line: not a ctime() line
        "Thread 1 opened at log sequence 41",
    ]
    found = detect_format(lines)
    assert found.name == "oracle-alert"
    stamps = [ln for ln in lines if ln[:1].isdigit() or ln.startswith("Fri ")]
    assert len(stamps) / len([ln for ln in lines if not ln.startswith(" ")]) < 0.25
    assert detect.format_fit(BY_NAME["ctime"], lines) == 0.0


def test_errorlog_lines_are_sql_server_not_the_generic_iso_formats() -> None:
    lines = [
        "2024-03-01 10:00:00.12 Server      Microsoft SQL Server 2022 (RTM) - 16.0.1000.6 (X64) ",
        "2024-03-01 10:00:01.34 spid9s      Starting up database 'master'.",
        "2024-03-01 10:00:05.56 Logon       Error: 18456, Severity: 14, State: 8.",
        "2024-03-01 10:00:05.56 Logon       Login failed for user 'sa'. [CLIENT: 192.0.2.7]",
        "2024-03-01 10:10:00.45 Backup      Database backed up. Database: msdb, pages dumped: 2250",
    ]
    assert detect_format(lines).name == "mssql-errorlog"
    assert detect.format_fit(BY_NAME["iso-plain"], lines) == 1.0  # which read them before
    assert detect.format_fit(BY_NAME["iso-level"], lines) > 0.0  # `Error:` as a level


def test_an_event_viewer_export_with_a_description_over_lines_is_detected() -> None:
    lines = [
        "Level,Date and Time,Source,Event ID,Task Category",
        "Information,3/1/2024 10:00:00 AM,Service Control Manager,7036,None,"
        '"The Windows Update service entered the running state."',
        "Error,3/1/2024 10:00:05 AM,Application Error,1000,(100),"
        '"Faulting application name: app.exe, version: 1.0.0.0',
        "Exception code: 0xc0000005",
        'Report Id: 3c9b1f9e-6d1a-4c43-9a57-2f6f5d4b8e21"',
        "Warning,3/1/2024 1:00:03 PM,Microsoft-Windows-Time-Service,129,None,"
        '"NtpClient was unable to set a domain peer to use as a time source."',
        "Critical,3/1/2024 12:45:10 PM,Microsoft-Windows-Kernel-Power,41,(63),"
        '"The system has rebooted without cleanly shutting down first."',
        "Audit Failure,3/1/2024 12:50:00 PM,Microsoft-Windows-Security-Auditing,4625,Logon,"
        '"An account failed to log on."',
    ]
    assert detect_format(lines).name == "windows-events-csv"


def test_an_iis_log_is_read_with_the_fields_its_directives_name() -> None:
    lines = sample_lines(FIXTURES / "iis_custom_fields.log")
    detection = detect_format(lines)
    assert detection.format.name == "iis"
    # the fields named after the restart (IIS's default ones) make a fallback; those of the
    # first directive fit no line of the default fields' format
    assert [f.name for f in detection.fallbacks] == ["iis"]
    assert format_fit(detection.format, lines) == pytest.approx(4 / 7)
    assert format_fit(detection.fallbacks[0], lines) == pytest.approx(3 / 7)
    assert format_fit(BY_NAME["iis"], lines) == pytest.approx(3 / 7)
    assert forced_format("iis", lines) == detection


@pytest.mark.parametrize(
    "fields",
    [
        # CloudFront's and the Windows Firewall's have formats of their own; no status, no
        # request log; no date first, no header to read
        "date time x-edge-location sc-bytes c-ip cs-method cs(Host) cs-uri-stem sc-status",
        "date time action protocol src-ip dst-ip src-port dst-port size",
        "time c-ip cs-method cs-uri-stem sc-status",
    ],
)
def test_other_w3c_fields_make_no_iis_format(fields: str) -> None:
    values = " ".join(["2026-02-10", "07:00:03"] + ["x"] * (len(fields.split()) - 2))
    assert detect_format([f"#Fields: {fields}", values, values]).format.name != "iis"


def test_a_stamp_before_a_colon_tells_a_sparse_log_s_lines() -> None:
    # a few PostgreSQL lines (`%t:%r:...`, the zone before a colon) among a build's prints
    lines = [f"step {i}: copying files for the build of module {i}" for i in range(24)]
    for i in range(0, 24, 6):
        lines[i] = (
            f"2026-01-15 17:00:0{i // 6} UTC:10.0.0.5(5432):app@shop:[89]:ERROR:  relation "
            f"r{i} does not exist"
        )
    detection = detect_format(lines)
    assert (detection.format.name, detection.sparse) == ("iso-plain", True)


def test_a_stray_line_gets_the_most_specific_format_with_a_time_not_tried() -> None:
    nginx_error = "2024/03/14 09:05:01 [error] 29#29: *57 upstream timed out, client: 10.0.0.4"
    sshd = "Mar  1 10:00:10 web1 sshd[999]: Accepted publickey for alice from 10.0.0.9 port 22"
    words = "copying files for the build"
    found = detect.stray_formats([nginx_error, sshd, words], frozenset({"access"}))
    assert [f.name if f else None for f in found] == ["nginx-error", "syslog", None]
    # a format the log already tried is not tried again
    assert detect.stray_formats([nginx_error], frozenset({"nginx-error", "go-std"})) != [
        BY_NAME["nginx-error"]
    ]


def test_a_stray_json_record_is_read_whole_and_a_logfmt_line_by_its_keys() -> None:
    # a JSON record longer than the part of a line headers are tried on is still one
    record = '{"msg": "%s", "time": "2024-03-01T11:00:00Z", "level": "error"}' % ("x" * 5000)
    logfmt = 'time=2024-03-01T11:30:00Z level=error msg="agent crashed"'
    found = detect.stray_formats([record, logfmt, "{not json"], frozenset({"log4j"}))
    assert [f.name if f else None for f in found] == ["json", "logfmt", None]
    # a log of JSON records does not try them again
    assert detect.stray_formats([record], frozenset({"json"})) == [None]


def test_a_stray_header_without_a_date_fits_only_a_line_opening_with_the_time_of_day() -> None:
    logback = "07:27:04.499 [exec-1] WARN  o.a.g.AuthenticationService - attempt failed"
    uvicorn = "ERROR:    Exception in ASGI application at 2024-03-01 10:00:00"
    found = detect.stray_formats([logback, uvicorn], frozenset({"tomcat"}))
    assert [f.name if f else None for f in found] == ["time-thread-level", None]


def test_a_generic_format_fitting_a_few_lines_more_does_not_take_a_logger_s_log() -> None:
    # a pandas table of hourly rows printed under a Python logger's line: iso-plain fits every
    # line, python's all but the table's; the log is python's (the rows, too few for a
    # fallback here, go on with the line announcing them)
    lines = [
        f"2024-11-25 14:{i:02d}:00,000 - services.db_service - INFO - query {i} returned 12 rows"
        for i in range(40)
    ]
    lines[20:20] = [
        "                     amount  rows",
        "2024-11-25 12:00:00    12.0     3",
        "2024-11-25 13:00:00    15.5     4",
    ]
    assert detect_format(lines).format.name == "python"


def test_error_lines_alone_make_no_apt_history_log() -> None:
    # (Node's `Error: connect ECONNREFUSED` among a service's lines fits apt history's `Error:`
    # line; a history.log holds its stanzas' Start-Date and Commandline lines too)
    lines = [
        "2025-11-18 23:31:45,354 WARNING Source missing during document insert",
        "Error: connect ECONNREFUSED 172.19.0.3:8000",
        "    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1611:16)",
        "2025-11-18 23:31:45,356 ERROR ingestion failed: Source not found for tenant",
        "Error: connect ECONNREFUSED 172.19.0.3:8000",
        "2025-11-18 23:31:46,163 INFO chunks=5",
        "Error: connect ECONNREFUSED 172.19.0.3:8000",
    ]
    found = detect_format(lines)
    assert "apt-history" not in [found.format.name, *(f.name for f in found.fallbacks)]
    history = ["Start-Date: 2024-01-02  10:00:00", "Commandline: apt install x", *lines[1:2]]
    assert detect_format(history).format.name == "apt-history"
    # forced, the format reads any line its header fits
    assert forced_format("apt-history", lines).fit > 0
