#!/usr/bin/env python3
"""End-to-end accessibility test: the real app under Xvfb, read and driven through AT-SPI only,
the way Orca reads it (issue 20).

  test_atspi.py APP_BINARY [--dump DIR] [--keep]

Starts Xvfb, a private D-Bus session bus and the AT-SPI bus, then the app twice on a vault in a
temporary folder (HOME and the XDG folders are temporary too):

1. first run (passphrase, recovery key), adding a person, their plan: every focusable object on
   each screen has a role and a name; the plan is a list whose steps read their title and status
   as text; the result summary, the plan's progress and a step's status are status areas whose
   name changes (the events a reader announces) carry the new text; a step is marked done; every
   main screen is visited;
2. a second start on the same vault: unlock (a wrong passphrase first), the person and the
   progress saved before.

Every step uses AT-SPI alone: Action (Press, Toggle), EditableText, the tree and its events. With
--dump, what a reader finds on each screen is written to DIR (docs/accessibility.md comes from it).
Exit status: 0 passed, 1 failed, 77 skipped (no pyatspi).
"""
import argparse
import os
import re
import sys
import time
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

try:
    import gi
    gi.require_version("Atspi", "2.0")
    import pyatspi  # noqa: F401  (imported again by a11y once the buses are up)
except (ImportError, ValueError) as error:
    print("SKIP: python3-pyatspi is not installed (%s); scripts/setup-debian.sh installs it" % error)
    sys.exit(77)

from atspi_session import Session  # noqa: E402

PASSPHRASE = "violet kettle harbour minute"
STATUS_WORDS = ("To do again", "To do", "Done", "Set aside for now", "Does not apply")
STEP_CELL = re.compile(r"^(?P<title>.+)\. (?P<status>%s), about \d+ minutes?(, start here)?$" % "|".join(STATUS_WORDS))
HEADING_CELL = re.compile(r"^(?P<title>.+): (?P<done>\d+) of (?P<total>\d+) done$")
# Roles that tell a reader nothing: a focusable object must have another.
MEANINGLESS_ROLES = ("invalid", "unknown")


class Test:
    def __init__(self, binary, dump_dir):
        self.binary = binary
        self.dump_dir = dump_dir
        self.session = Session()
        self.vault = os.path.join(self.session.temp, "vault")
        self.settings = os.path.join(self.session.temp, "settings.ini")
        self.checks = 0
        self.started = time.monotonic()
        self.app_process = None
        self.app = None

    # -- the run ------------------------------------------------------------------------

    def run(self):
        self.session.start_display()
        self.session.start_buses()
        global a11y, pyatspi
        import a11y
        import pyatspi
        self.events = a11y.EventLog(["object:property-change:accessible-name",
                                     "object:property-change:accessible-description"])
        self.first_start()
        self.stop_app()
        self.second_start()
        self.stop_app()
        self.events.close()
        print("PASS: %d checks in %.1f s" % (self.checks, time.monotonic() - self.started))

    def start_app(self):
        self.app_process = self.session.start_app(self.binary, ["--vault", self.vault, "--settings", self.settings])
        self.app = a11y.application(self.app_process.pid, timeout=60)
        self.step("the app is in the AT-SPI desktop as %r" % self.app.name)

    def stop_app(self):
        if self.app_process is not None:
            self.session.stop(self.app_process)
            self.app_process = None
            self.app = None

    # -- reporting ----------------------------------------------------------------------

    def step(self, text):
        print("[%5.1f s] %s" % (time.monotonic() - self.started, text), flush=True)

    def check(self, condition, message):
        self.checks += 1
        if not condition:
            raise AssertionError(message)

    def record(self, screen, root=None):
        """Checks the names on a screen, and writes what a reader finds there (--dump)."""
        root = root or self.app
        self.check_named(root, screen)
        if self.dump_dir:
            os.makedirs(self.dump_dir, exist_ok=True)
            path = os.path.join(self.dump_dir, re.sub(r"[^a-z0-9]+", "-", screen.lower()).strip("-") + ".txt")
            with open(path, "w", encoding="utf-8") as out:
                out.write(a11y.dump(root) + "\n")

    # -- the requirements ---------------------------------------------------------------

    def check_named(self, root, where):
        """Every focusable object on screen has a role and a name (its own, or a label's)."""
        unnamed = []
        count = 0
        for accessible, _ in a11y.walk(root):
            try:
                state = a11y.states(accessible)
                if not state.contains(pyatspi.STATE_FOCUSABLE):
                    continue
                count += 1
                role = a11y.role(accessible)
                name = (accessible.name or "").strip() or " ".join(a11y.labelled_by(accessible)).strip()
                if role in MEANINGLESS_ROLES or not name:
                    parent = accessible.parent
                    unnamed.append("[%s] %r in [%s] %r" % (role, name, a11y.role(parent) if parent else "", parent.name if parent else ""))
            except Exception as error:  # an object that went away while it was read
                if "ObjectNotFound" not in str(error) and "UnknownObject" not in str(error):
                    raise
        self.check(count > 0, "%s: no focusable object at all" % where)
        self.check(not unnamed, "%s: focusable objects without a role or a name:\n  %s" % (where, "\n  ".join(unnamed)))
        self.step("%s: %d focusable objects, each with a role and a name" % (where, count))

    def status_area(self, description, root=None):
        return a11y.find(root or self.app, lambda a: a11y.role(a) == "status bar" and a.description == description)

    def wait_status(self, description, predicate, what, timeout=30):
        """A status area (role "status bar", described by what it tells) whose name the reader
        was told about: an accessible-name change event carrying the text."""
        def announced():
            for kind, role, name, desc, _ in self.events.events:
                if kind.endswith("accessible-name") and role == "status bar" and desc == description and predicate(name):
                    return name
            return None
        text = a11y.wait_for(announced, timeout, "a name change on the status area %r: %s (events: %s)" % (
            description, what, [e for e in self.events.events if e[1] == "status bar"][-8:]))
        self.checks += 1
        area = a11y.wait_for(lambda: self.status_area(description), 10, "the status area %r on screen" % description)
        self.check(predicate(area.name), "status area %r reads %r, not what was announced" % (description, area.name))
        return text

    def button(self, name, root=None, timeout=30):
        return a11y.wait_find(root or self.app, lambda a: a11y.role(a) in ("push button", "check box", "toggle button")
                              and a.name == name and a11y.states(a).contains(pyatspi.STATE_SENSITIVE),
                              timeout, "the button %r, on screen and enabled" % name)

    def field(self, role, name, root=None, timeout=30):
        return a11y.wait_find(root or self.app, lambda a: a11y.role(a) == role and (a.name == name or name in a11y.labelled_by(a)),
                              timeout, "the %s %r" % (role, name))

    def frame_title(self):
        frame = a11y.find(self.app, lambda a: a11y.role(a) == "frame")
        return frame.name if frame else ""

    def wait_frame(self, title, timeout=30):
        a11y.wait_for(lambda: self.frame_title() == title, timeout, "the window titled %r (it is %r)" % (title, self.frame_title()))

    def plan_cells(self):
        """The plan's list and its cells, each cell with the row it is in."""
        tree = a11y.wait_find(self.app, a11y.by_role_name("tree", "Steps of the plan"), 30, "the plan's list of steps")
        cells = []
        columns = 0
        for index in range(tree.childCount):
            cell = tree.getChildAtIndex(index)
            if cell is None:
                continue
            role = a11y.role(cell)
            if role == "table column header":
                columns += 1
            elif role not in ("table row header", "unknown"):
                cells.append(cell)
        self.check(columns > 0 and len(cells) % columns == 0, "the plan's cells (%d) are not rows of %d columns" % (len(cells), columns))
        return tree, [(index // columns, cell) for index, cell in enumerate(cells)]

    def check_plan_reads_as_text(self):
        """The plan is a list (a tree of sections and steps) whose every item reads its title and
        its status in words, not an icon alone."""
        tree, cells = self.plan_cells()
        self.check(a11y.role(tree) in ("tree", "tree table", "list", "table"), "the plan is a %s, not a list" % a11y.role(tree))
        steps = []
        headings = set()
        for row, cell in cells:
            name = cell.name or ""
            step = STEP_CELL.match(name)
            heading = HEADING_CELL.match(name)
            # Every cell of a row, whichever column a reader lands on, reads the whole item.
            self.check(step or heading, "a plan item reads %r: not a step's title and status, nor a section's progress" % name)
            if heading:
                headings.add(row)
            elif not steps or steps[-1][3] != row:
                steps.append((step.group("title"), step.group("status"), cell, row))
        self.check(len(steps) >= 3 and headings, "the plan shows %d steps in %d sections" % (len(steps), len(headings)))
        self.step("the plan is a %s of %d rows (%d section headings) whose every cell reads the whole item, e.g. %r" % (
            a11y.role(tree), cells[-1][0] + 1, len(headings), steps[0][2].name))
        return steps

    def select_section(self, name):
        sections = a11y.wait_find(self.app, a11y.by_role_name("list", "Sections"), 30, "the list of sections")
        item = a11y.find(sections, a11y.by_role_name("list item", name))
        self.check(item is not None, "no section %r in the navigation" % name)
        a11y.do_action(item, "Toggle")
        a11y.wait_for(lambda: self.frame_title() == "%s - Breach Advisor" % name, 30, "the %s page" % name)
        a11y.pump(0.5)

    # -- first start: first run, a person, their plan, every screen ------------------------

    def first_start(self):
        self.start_app()
        self.wait_frame("Set up - Breach Advisor")
        self.button("Continue")
        language = self.field("combo box", "Language:")
        self.check("Language:" in a11y.labelled_by(language), "the language list is not labelled by 'Language:'")
        self.record("first run welcome")
        a11y.press(self.button("Continue"))

        first = self.field("password text", "New passphrase")
        again = self.field("password text", "Type the passphrase again")
        self.record("first run passphrase")
        a11y.set_text(first, PASSPHRASE)
        a11y.set_text(again, PASSPHRASE)
        strength = a11y.wait_find(self.app, lambda a: a11y.role(a) == "progress bar" and a.name == "Passphrase strength"
                                  and a.description.startswith(("Good", "Strong", "Very strong")), 10, "the strength in words")
        self.step("the passphrase's strength reads %r" % strength.description)
        a11y.press(self.button("Continue"))
        saved = self.field("check box", "I have printed or written down my recovery key and put it somewhere safe", timeout=120)
        key = a11y.find(self.app, lambda a: a11y.role(a) == "label" and a.name.startswith("Recovery key: "))
        self.check(key is not None and re.search(r"([A-Z2-7]{4}-){7}[A-Z2-7]{4}", key.name), "the recovery key is not read out")
        self.record("first run recovery key")
        a11y.do_action(saved, "Toggle")
        a11y.press(self.button("Continue"))
        start = self.button("Start")
        self.record("first run done")
        self.step("first run completed through AT-SPI: vault made at %s" % self.vault)
        self.check(os.path.isdir(self.vault), "no vault folder after the first run")
        a11y.press(start)

        # The app asks for the first person at once.
        dialog = a11y.wait_find(self.app, a11y.by_role_name("dialog", "Add a person"), 30, "the Add a person dialog")
        self.field("text", "Name:", dialog)
        self.record("person dialog", dialog)
        a11y.set_text(self.field("text", "Name:", dialog), "Amira")
        a11y.set_text(self.field("text", "Phone number 1", dialog), "+20 100 123 4567")
        a11y.set_text(self.field("text", "E-mail address 1", dialog), "amira@example.com")
        for name in ("WhatsApp", "Facebook", "An Android phone"):
            a11y.do_action(self.button(name, dialog), "Toggle")
        a11y.pump(0.3)
        self.events.clear()
        a11y.press(self.button("Save", dialog))
        a11y.wait_for(lambda: a11y.find(self.app, a11y.by_role_name("dialog", "Add a person")) is None, 30, "the dialog to close")

        # The result summary and the plan's progress: status areas, announced.
        summary = self.wait_status("Result of the check", lambda text: "step" in text, "the result summary")
        self.step("the result summary was announced: %r" % summary)
        progress = self.wait_status("Progress of the plan", lambda text: re.match(r"^0 of \d+ steps done$", text), "0 of N steps done")
        total = int(progress.split(" of ")[1].split()[0])
        self.step("the plan's progress was announced: %r" % progress)
        people = a11y.find(self.app, a11y.by_role_name("list", "People"))
        self.check(people is not None and a11y.find(people, lambda a: (a.name or "").startswith("Amira: 0 of ")),
                   "Amira is not in the list of people")
        steps = self.check_plan_reads_as_text()
        self.check(0 < len(steps) <= total, "the plan lists %d steps, its progress says %d" % (len(steps), total))
        self.record("person plan")
        tabs = a11y.find(self.app, lambda a: a11y.role(a) == "page tab list" and a11y.find(a, a11y.by_role_name("page tab", "What leaked")))
        self.check(tabs is not None and a11y.states(tabs).contains(pyatspi.STATE_FOCUSABLE), "the person's tabs cannot take the focus")

        # The step shown beside the list is the first one; marking it done is announced.
        first_title, first_status, _, _ = steps[0]
        self.check(first_status == "To do", "the first step is %r" % first_status)
        a11y.wait_find(self.app, lambda a: a11y.role(a) == "label" and a.name == first_title, 10, "the first step's title beside the list")
        self.check((self.status_area("Status of this step").name or "").startswith("To do"), "the step's status area does not read 'To do'")
        self.events.clear()
        a11y.press(self.button("I've done this"))
        status = self.wait_status("Status of this step", lambda text: text.startswith("Done"), "Done …")
        self.step("the step's new status was announced: %r" % status)
        progress = self.wait_status("Progress of the plan", lambda text: text == "1 of %d steps done" % total, "1 of N steps done")
        self.step("the plan's new progress was announced: %r" % progress)
        a11y.wait_for(lambda: any(title == first_title and status == "Done" for title, status, _, _ in self.check_plan_reads_as_text()),
                      30, "the step to read 'Done' in the list")

        # Another step, chosen through the list's Table interface (selecting its row): shown beside the list.
        # (Qt 6.4's Toggle on a tree's cell selects the row of that number from the top, not its own.)
        second_title, _, _, second_row = [s for s in self.check_plan_reads_as_text() if s[1] == "To do"][0]
        tree = a11y.find(self.app, a11y.by_role_name("tree", "Steps of the plan"))
        tree.queryTable().addRowSelection(second_row)
        a11y.wait_find(self.app, lambda a: a11y.role(a) == "label" and a.name == second_title, 30, "the chosen step's title")
        self.step("a step chosen through AT-SPI is shown: %r" % second_title)

        # One step at a time.
        a11y.do_action(self.button("One step at a time"), "Toggle")
        a11y.wait_find(self.app, lambda a: a11y.role(a) == "label" and re.match(r"^Step \d+ of \d+$", a.name or ""), 30, "Step N of M")
        self.record("person guided step")
        a11y.press(self.button("Next step"))
        a11y.pump(0.5)
        a11y.do_action(self.button("List of steps"), "Toggle")

        # What leaked.
        tab = a11y.wait_find(self.app, a11y.by_role_name("page tab", "What leaked"), 10, "the What leaked tab")
        a11y.do_action(tab, "Press")
        a11y.wait_find(self.app, a11y.by_role_name("tree", "Breaches"), 30, "the list of breaches")
        self.record("person what leaked")
        a11y.do_action(a11y.find(self.app, a11y.by_role_name("page tab", "What to do")), "Press")

        # The other pages, from the navigation list.
        self.select_section("Quick check")
        what = self.field("text", "What to check:")
        self.record("quick check")
        a11y.set_text(what, "+20 100 765 4321")
        self.events.clear()
        a11y.press(self.button("Check"))
        summary = self.wait_status("Result of the check", lambda text: len(text) > 0, "the quick check's summary")
        self.step("the quick check's summary was announced: %r" % summary)
        self.record("quick check results")
        for page in ("Import a leak", "Breach catalog", "Settings"):
            self.select_section(page)
            self.record(page)
        self.select_section("People")

        # Lock.
        a11y.press(self.button("Lock"))
        self.wait_frame("Locked - Breach Advisor")
        self.field("password text", "Passphrase")
        self.step("locked through AT-SPI")

    # -- second start: unlock, the person and their progress ----------------------------

    def second_start(self):
        self.start_app()
        self.wait_frame("Locked - Breach Advisor")
        passphrase = self.field("password text", "Passphrase")
        self.record("unlock")
        self.events.clear()
        a11y.set_text(passphrase, "not the passphrase")
        a11y.press(self.button("Unlock"))
        problem = a11y.wait_for(lambda: next((e[2] for e in self.events.events if e[0].endswith("accessible-name")
                                              and e[2].startswith("Problem: That passphrase does not open")), None),
                                60, "the wrong passphrase's message, announced")
        self.step("a wrong passphrase is announced: %r" % problem)
        a11y.set_text(self.field("password text", "Passphrase"), PASSPHRASE)
        a11y.press(self.button("Unlock"))
        people = a11y.wait_find(self.app, a11y.by_role_name("list", "People"), 120, "the people list after unlocking")
        amira = a11y.wait_find(people, lambda a: a11y.role(a) == "list item" and re.match(r"^Amira: 1 of \d+ steps done$", a.name or ""),
                               30, "Amira, with her step done")
        self.step("unlocked through AT-SPI; the list reads %r" % amira.name)
        self.events.clear()
        a11y.do_action(amira, "Toggle")
        progress = self.wait_status("Progress of the plan", lambda text: text.startswith("1 of "), "1 of N steps done")
        self.step("her plan opens from the list: %r" % progress)
        self.check_plan_reads_as_text()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("binary")
    parser.add_argument("--dump", help="write what a reader finds on each screen to this folder")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder and its logs")
    args = parser.parse_args()
    test = Test(os.path.abspath(args.binary), args.dump)
    test.session.keep_logs = args.keep
    try:
        test.run()
        return 0
    except Exception:
        print("FAIL:", flush=True)
        traceback.print_exc()
        try:
            if test.app is not None:
                print("--- the app's tree at the failure:\n" + a11y.dump(test.app))
        except Exception:
            pass
        log = test.session.log_text("app")
        if log.strip():
            print("--- the app's output:\n" + log[-4000:])
        return 1
    finally:
        test.session.close()


if __name__ == "__main__":
    sys.exit(main())
