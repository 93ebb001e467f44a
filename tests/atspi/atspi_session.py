"""A private desktop for the AT-SPI test: Xvfb, a D-Bus session bus, the AT-SPI bus, the app.

Every process is started in a session of its own and killed, with its children, by
Session.close() (also on failure). Nothing touches the user's files: HOME and the XDG
folders are a temporary folder.
"""
import os
import shutil
import signal
import subprocess
import tempfile
import time


class Session:
    def __init__(self, keep_logs=False):
        self.processes = []  # (name, Popen), killed in reverse order
        self.temp = tempfile.mkdtemp(prefix="breach-advisor-atspi-")
        self.keep_logs = keep_logs
        self.env = dict(os.environ)
        for name in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR"):
            path = os.path.join(self.temp, name.lower())
            os.makedirs(path, mode=0o700)
            self.env[name] = path
        # The app's own temporary files (a killed app leaves them) stay in here too.
        self.env["TMPDIR"] = os.path.join(self.temp, "tmp")
        os.makedirs(self.env["TMPDIR"], mode=0o700)
        for name in ("DBUS_SESSION_BUS_ADDRESS", "AT_SPI_BUS_ADDRESS", "WAYLAND_DISPLAY", "SESSION_MANAGER", "QT_QPA_PLATFORM"):
            self.env.pop(name, None)
        self.env.update({
            "QT_QPA_PLATFORM": "xcb",
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            "QT_ACCESSIBILITY": "1",
            "NO_AT_BRIDGE": "0",
            "GTK_MODULES": "",
            "LANG": "C.UTF-8",
            "LC_ALL": "C.UTF-8",
            "LANGUAGE": "",
        })

    # -- processes ---------------------------------------------------------------------

    def _log(self, name):
        return open(os.path.join(self.temp, name + ".log"), "ab")

    def spawn(self, name, argv, **kwargs):
        log = self._log(name)
        process = subprocess.Popen(argv, env=self.env, stdout=kwargs.pop("stdout", log), stderr=log,
                                   stdin=subprocess.DEVNULL, start_new_session=True, **kwargs)
        self.processes.append((name, process))
        return process

    def start_display(self, timeout=20):
        read, write = os.pipe()
        self.spawn("xvfb", ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x1024x24", "-nolisten", "tcp",
                            "-noreset"], pass_fds=(write,))
        os.close(write)
        number = self._read_line(read, timeout, "Xvfb did not say its display")
        self.env["DISPLAY"] = ":" + number

    def start_buses(self, timeout=20):
        read, write = os.pipe()
        self.spawn("dbus", ["dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=%d" % write],
                   pass_fds=(write,))
        os.close(write)
        self.env["DBUS_SESSION_BUS_ADDRESS"] = self._read_line(read, timeout, "dbus-daemon did not say its address")
        launcher = "/usr/libexec/at-spi-bus-launcher"
        if not os.path.exists(launcher):
            launcher = shutil.which("at-spi-bus-launcher") or launcher
        self.spawn("at-spi-bus-launcher", [launcher, "--launch-immediately"])
        # This process (the screen reader's side) talks to the same buses.
        for name in ("DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "HOME", "XDG_RUNTIME_DIR"):
            os.environ[name] = self.env[name]
        os.environ.pop("AT_SPI_BUS_ADDRESS", None)  # a desktop's own, when run from one
        end = time.monotonic() + timeout
        while not self._a11y_bus_up():
            if time.monotonic() > end:
                raise RuntimeError("the AT-SPI bus did not start within %d s" % timeout)
            time.sleep(0.1)

    def _a11y_bus_up(self):
        result = subprocess.run(["dbus-send", "--session", "--print-reply", "--dest=org.a11y.Bus", "/org/a11y/bus",
                                 "org.a11y.Bus.GetAddress"], env=self.env, capture_output=True, timeout=10)
        return result.returncode == 0 and b"unix:" in result.stdout

    def start_app(self, binary, args, name="app"):
        return self.spawn(name, [binary] + list(args))

    def stop(self, process, timeout=10):
        """Ends one process (and its children) started here."""
        if process.poll() is None:
            try:
                os.killpg(process.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
            try:
                process.wait(timeout)
            except subprocess.TimeoutExpired:
                try:
                    os.killpg(process.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                process.wait(timeout)
        else:
            # Its children may outlive it (the bus launcher's bus).
            try:
                os.killpg(process.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass

    def close(self):
        for _, process in reversed(self.processes):
            try:
                self.stop(process)
            except Exception:  # keep going: every process is ended
                pass
        self.processes.clear()
        if not self.keep_logs:
            shutil.rmtree(self.temp, ignore_errors=True)

    def log_text(self, name):
        try:
            with open(os.path.join(self.temp, name + ".log"), "rb") as log:
                return log.read().decode("utf-8", "replace")
        except OSError:
            return ""

    # -- helpers -----------------------------------------------------------------------

    @staticmethod
    def _read_line(fd, timeout, what):
        import select
        data = b""
        end = time.monotonic() + timeout
        try:
            while b"\n" not in data:
                left = end - time.monotonic()
                if left <= 0 or not select.select([fd], [], [], left)[0]:
                    raise RuntimeError(what + " within %d s" % timeout)
                chunk = os.read(fd, 4096)
                if not chunk:
                    raise RuntimeError(what)
                data += chunk
        finally:
            os.close(fd)
        return data.decode().strip()
