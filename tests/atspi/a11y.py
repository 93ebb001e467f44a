"""Reading and driving an application through AT-SPI (pyatspi), as a screen reader does."""
import time

import pyatspi
from gi.repository import GLib


def pump(seconds=0.05):
    """Lets AT-SPI events arrive (they are delivered by the GLib main loop)."""
    context = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while True:
        while context.pending():
            context.iteration(False)
        if time.monotonic() >= end:
            return
        time.sleep(0.01)


def wait_for(predicate, timeout, what, interval=0.1):
    end = time.monotonic() + timeout
    last_error = None
    while True:
        try:
            value = predicate()
            if value:
                return value
        except Exception as error:  # the tree changes while it is read: try again
            last_error = error
        if time.monotonic() > end:
            raise AssertionError("timed out after %g s waiting for %s%s" % (
                timeout, what, " (last error: %r)" % (last_error,) if last_error else ""))
        pump(interval)


def application(pid, timeout=30):
    def find():
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            app = desktop.getChildAtIndex(index)
            if app is not None and app.get_process_id() == pid:
                return app
        return None
    return wait_for(find, timeout, "the app (pid %d) in the AT-SPI desktop" % pid)


def role(accessible):
    return accessible.getRoleName()


def states(accessible):
    return accessible.getState()


def is_showing(accessible):
    state = states(accessible)
    return state.contains(pyatspi.STATE_SHOWING) and state.contains(pyatspi.STATE_VISIBLE)


def walk(accessible, showing_only=True, depth=0):
    """Yields (accessible, depth) for the accessible and its descendants; with showing_only,
    branches that are not on screen are left out (what a reader's user can reach)."""
    if accessible is None:
        return
    if showing_only and depth > 0 and not is_showing(accessible):
        return
    yield accessible, depth
    for index in range(accessible.childCount):
        try:
            child = accessible.getChildAtIndex(index)
        except Exception:
            continue
        yield from walk(child, showing_only, depth + 1)


def labelled_by(accessible):
    names = []
    for relation in accessible.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            for index in range(relation.getNTargets()):
                target = relation.getTarget(index)
                if target is not None and target.name:
                    names.append(target.name)
    return names


def actions(accessible):
    try:
        action = accessible.queryAction()
    except NotImplementedError:
        return []
    return [action.getName(index) for index in range(action.nActions)]


def find(root, predicate, showing_only=True):
    for accessible, _ in walk(root, showing_only):
        try:
            if predicate(accessible):
                return accessible
        except Exception:
            continue
    return None


def by_role_name(role_name, name=None, contains=None):
    def predicate(accessible):
        if role(accessible) != role_name:
            return False
        if name is not None and accessible.name != name:
            return False
        if contains is not None and contains not in (accessible.name or ""):
            return False
        return True
    return predicate


def wait_find(root, predicate, timeout, what, showing_only=True):
    return wait_for(lambda: find(root, predicate, showing_only), timeout, what)


def do_action(accessible, name):
    """Runs an action by its name (Press, Toggle, SetFocus…), as a screen reader's user does.
    A press that opens a modal dialog may not answer until the dialog closes: the call is
    then left to time out, and the dialog is found in the tree."""
    action = accessible.queryAction()
    for index in range(action.nActions):
        if action.getName(index) == name:
            try:
                action.doAction(index)
            except GLib.Error as error:
                if "imeout" not in str(error):
                    raise
            return
    raise AssertionError("[%s] %r has no action %r (it has %s)" % (role(accessible), accessible.name, name, actions(accessible)))


def press(accessible):
    do_action(accessible, "Press")


def set_text(accessible, value):
    editable = accessible.queryEditableText()
    editable.setTextContents(value)


def dump(root, showing_only=True):
    lines = []
    for accessible, depth in walk(root, showing_only):
        try:
            state = states(accessible)
            line = "  " * depth + "[%s] %r" % (role(accessible), accessible.name)
            if accessible.description:
                line += " description=%r" % accessible.description
            label = labelled_by(accessible)
            if label:
                line += " labelled-by=%r" % label
            if state.contains(pyatspi.STATE_FOCUSABLE):
                line += " focusable"
            if state.contains(pyatspi.STATE_FOCUSED):
                line += " focused"
            lines.append(line)
        except Exception as error:
            lines.append("  " * depth + "(gone: %s)" % error)
    return "\n".join(lines)


class EventLog:
    """Collects the AT-SPI events a screen reader listens to."""

    def __init__(self, kinds):
        self.kinds = kinds
        self.events = []
        pyatspi.Registry.registerEventListener(self._on_event, *kinds)

    def _on_event(self, event):
        try:
            source = event.source
            self.events.append((event.type, role(source), source.name or "", source.description or "",
                                str(event.any_data) if event.any_data is not None else ""))
        except Exception:
            self.events.append((event.type, "", "", "", ""))

    def clear(self):
        pump(0.2)
        self.events.clear()

    def close(self):
        pyatspi.Registry.deregisterEventListener(self._on_event, *self.kinds)
