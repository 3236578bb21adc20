"""A throwaway PostgreSQL/PostGIS cluster for the tests: initdb in a temporary folder, a server listening on
127.0.0.1 only (a free port; its Unix socket in the same folder), one database with PostGIS, a random password, and
everything stopped and removed afterwards. The Debian packages `postgresql` and `postgresql-postgis` provide the
binaries (`make setup` installs them). initdb refuses to run as root, so as root the cluster belongs to the
`postgres` user those packages create.

`python3 tests/postgis_cluster.py stop-leftovers` stops and removes the clusters of test runs that died without
their clean-up (`.ci/run` calls it on exit); a cluster whose test run is still alive is left alone.
"""

import getpass
import glob
import os
import pwd
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PREFIX = "cc-postgis-"
DATABASE = "complete_community"
ROLE = "cc_test"
SERVER_SETTINGS = {
    "listen_addresses": "'127.0.0.1'",
    "max_connections": "40",
    "shared_buffers": "32MB",
    # a throwaway cluster: nothing to keep after a crash, so no waiting for the disk
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
}


class ClusterError(RuntimeError):
    pass


def postgres_bin_dir():
    """/usr/lib/postgresql/<major>/bin of the newest installed PostgreSQL that has PostGIS; a ClusterError saying
    what to install when there is none."""
    candidates = []
    for initdb in glob.glob("/usr/lib/postgresql/*/bin/initdb"):
        major = Path(initdb).parent.parent.name
        if os.path.exists("/usr/share/postgresql/{}/extension/postgis.control".format(major)):
            candidates.append((int(major) if major.isdigit() else 0, Path(initdb).parent))
    if not candidates:
        raise ClusterError(
            "PostgreSQL with PostGIS is not installed (no /usr/lib/postgresql/<version>/bin/initdb with a postgis "
            "extension): run `make setup`, which installs the Debian packages postgresql and postgresql-postgis")
    return max(candidates)[1]


def _free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class Cluster:
    """One running cluster. Cluster.start() returns it running with the database DATABASE (PostGIS created); stop()
    stops it and removes its folder, and is safe to call twice."""

    def __init__(self, base, bin_dir, owner):
        self.base = Path(base)  # owned by the test run: owner.pid, and the cluster's own folder
        self.home = self.base / "cluster"  # owned by the server's user: data, socket, log
        self.data = self.home / "data"
        self.socket_dir = self.home / "socket"
        self.log = self.home / "server.log"
        self.bin_dir = Path(bin_dir)
        self.owner = owner  # the system user the server runs as
        self.host = "127.0.0.1"
        self.port = None
        self.user = ROLE
        self.password = secrets.token_hex(16)
        self.database = DATABASE

    # life cycle
    @classmethod
    def start(cls):
        bin_dir = postgres_bin_dir()
        owner = getpass.getuser()
        if os.geteuid() == 0:  # initdb: "cannot be run as root"
            owner = "postgres"
            try:
                pwd.getpwnam(owner)
            except KeyError:
                raise ClusterError("running as root, and there is no `postgres` user to run the test cluster as "
                                   "(the Debian package postgresql-common creates it: run `make setup`)") from None
        base = tempfile.mkdtemp(prefix=PREFIX)
        (Path(base) / "owner.pid").write_text(str(os.getpid()))
        cluster = cls(base, bin_dir, owner)
        try:
            cluster._init()
            cluster._start_server()
            cluster.psql("CREATE DATABASE {}".format(DATABASE), database="postgres")
            cluster.psql("CREATE EXTENSION postgis")
        except BaseException:
            cluster.stop()
            raise
        return cluster

    def _as_owner(self, command):
        """Run a PostgreSQL program as the cluster's user; a ClusterError with its output and the server log's end."""
        command = [str(c) for c in command]
        program = Path(command[0]).name
        if self.owner != getpass.getuser():
            command = ["runuser", "-u", self.owner, "--"] + command
        result = subprocess.run(command, capture_output=True, text=True, timeout=120)
        if result.returncode != 0:
            raise ClusterError("{} failed ({}):\n{}{}{}".format(
                program, result.returncode, result.stdout, result.stderr, self._log_tail()))
        return result

    def _init(self):
        self.home.mkdir()
        self.socket_dir.mkdir()
        password_file = self.home / "password"
        password_file.write_text(self.password + "\n")
        if self.owner != getpass.getuser():
            os.chmod(self.base, 0o711)  # the server's user passes through the run's folder to its own
            entry = pwd.getpwnam(self.owner)
            for path in (self.home, self.socket_dir, password_file):
                os.chown(path, entry.pw_uid, entry.pw_gid)
        os.chmod(self.home, 0o700)
        os.chmod(password_file, 0o600)
        self._as_owner([self.bin_dir / "initdb", "-D", self.data, "-U", self.user, "--pwfile", password_file,
                        "--auth=scram-sha-256", "-E", "UTF8", "--no-locale", "--no-sync"])
        password_file.unlink()

    def _start_server(self):
        for attempt in range(5):  # another process may take the free port between the probe and the start
            self.port = _free_port()
            settings = dict(SERVER_SETTINGS, port=str(self.port),
                            unix_socket_directories="'{}'".format(self.socket_dir))
            with open(self.data / "postgresql.auto.conf", "a", encoding="utf-8") as conf:
                conf.write("".join("{} = {}\n".format(key, value) for key, value in settings.items()))
            try:
                self._as_owner([self.bin_dir / "pg_ctl", "-D", self.data, "-l", self.log, "-w", "-t", "60", "start"])
                return
            except ClusterError:
                if attempt == 4 or "could not bind" not in self._log_tail():
                    raise

    def stop(self):
        if self.data.joinpath("postmaster.pid").exists():
            for mode in ("fast", "immediate"):
                try:
                    self._as_owner([self.bin_dir / "pg_ctl", "-D", self.data, "-m", mode, "-w", "-t", "30", "stop"])
                    break
                except (ClusterError, subprocess.TimeoutExpired):
                    continue
            else:
                _kill_postmaster(self.data)
        shutil.rmtree(self.base, ignore_errors=True)

    def _log_tail(self):
        try:
            return "\nserver log:\n" + "\n".join(self.log.read_text(errors="replace").splitlines()[-20:])
        except OSError:
            return ""

    # use
    def psql(self, sql, database=None):
        """Run SQL with psql over TCP (as the tests' clients connect); the output of the last statement, unaligned
        without headers."""
        env = dict(os.environ, PGPASSWORD=self.password, PGCONNECT_TIMEOUT="10")
        result = subprocess.run(
            [str(self.bin_dir / "psql"), "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", self.host,
             "-p", str(self.port), "-U", self.user, "-d", database or self.database, "-c", sql],
            capture_output=True, text=True, env=env, timeout=120)
        if result.returncode != 0:
            raise ClusterError("psql failed ({}): {}\n{}".format(result.returncode, sql, result.stderr))
        return result.stdout.strip()

    def connection(self):
        """The connection part of a QGIS PostgreSQL data source URI."""
        return "dbname='{}' host={} port={} user='{}' password='{}' sslmode=disable".format(
            self.database, self.host, self.port, self.user, self.password)

    def uri(self, schema, table, geometry="geom", key=None):
        """A QGIS PostgreSQL data source URI of schema.table (geometry None: a table without geometry)."""
        uri = self.connection()
        if key:
            uri += " key='{}'".format(key)
        uri += ' table="{}"."{}"'.format(schema, table)
        if geometry:
            uri += " ({})".format(geometry)
        return uri


def _kill_postmaster(data):
    try:
        pid = int(Path(data, "postmaster.pid").read_text().split()[0])
        os.kill(pid, signal.SIGQUIT)  # immediate shutdown: the postmaster takes its children with it
        for _ in range(50):
            if not _alive(pid):
                return
            time.sleep(0.1)
        os.kill(pid, signal.SIGKILL)
    except (OSError, ValueError, IndexError):
        pass


def stop_leftovers():
    """Stop and remove the clusters whose test run is gone; the paths of those removed."""
    removed = []
    for base in glob.glob(os.path.join(tempfile.gettempdir(), PREFIX + "*")):
        try:
            owner_pid = int(Path(base, "owner.pid").read_text())
        except (OSError, ValueError):
            owner_pid = None
        if owner_pid is not None and _alive(owner_pid):
            continue
        data = Path(base, "cluster", "data")
        if data.joinpath("postmaster.pid").exists():
            try:
                bin_dir = postgres_bin_dir()
                owner = pwd.getpwuid(data.stat().st_uid).pw_name
                cluster = Cluster(base, bin_dir, owner)
                cluster.stop()
            except (ClusterError, OSError, KeyError):
                _kill_postmaster(data)
        shutil.rmtree(base, ignore_errors=True)
        removed.append(base)
    return removed


if __name__ == "__main__":
    if sys.argv[1:] != ["stop-leftovers"]:
        sys.exit("usage: postgis_cluster.py stop-leftovers")
    for path in stop_leftovers():
        print("postgis_cluster: stopped and removed the leftover test cluster {}".format(path))
