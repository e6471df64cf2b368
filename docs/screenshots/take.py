#!/usr/bin/python3
"""Screenshots of vnplan in a real, windowed LibreOffice under a virtual display.

Retake them after any change to a dialog, the menu or the toolbar:

    sh build/build.sh && /usr/bin/python3 docs/screenshots/take.py [--lang vi|en] [--out docs/images]

Needs Debian's xvfb, xdotool, imagemagick (import) and python3-uno (build/install-deps.sh
installs them). Starts its own Xvfb and office with a throwaway profile, installs the freshly
built out/vnplan.oxt, and writes one PNG per shot into --out. Nothing else is touched.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time

import uno  # noqa: F401  (Debian's python3-uno)
from com.sun.star.beans import PropertyValue
from com.sun.star.task import XInteractionHandler
from com.sun.star.ucb import XCommandEnvironment, XProgressHandler
import unohelper

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


class Approve(unohelper.Base, XCommandEnvironment, XInteractionHandler, XProgressHandler):
    """Accepts the licence and any question while the extension is installed."""

    def getInteractionHandler(self):
        return self

    def getProgressHandler(self):
        return self

    def handle(self, request):
        for c in request.getContinuations():
            if c.queryInterface(uno.getTypeByName("com.sun.star.task.XInteractionApprove")):
                c.select()
                return

    def push(self, status):
        pass

    def update(self, status):
        pass

    def pop(self):
        pass


class Office:
    def __init__(self, profile, display, lang, headless):
        self.pipe = "vnplanshots%d" % os.getpid()
        args = ["/usr/lib/libreoffice/program/soffice", "-env:UserInstallation=file://" + profile,
                "--accept=pipe,name=%s;urp;" % self.pipe, "--norestore", "--nologo",
                "--nofirststartwizard", "--language=" + lang]
        if headless:
            args.append("--headless")
        env = dict(os.environ, DISPLAY=display, SAL_USE_VCLPLUGIN="gen")
        self.process = subprocess.Popen(args, env=env)
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local)
        for _ in range(120):
            try:
                self.ctx = resolver.resolve(
                    "uno:pipe,name=%s;urp;StarOffice.ComponentContext" % self.pipe)
                break
            except Exception:
                if self.process.poll() is not None:  # a new profile exits once (code 81)
                    self.process = subprocess.Popen(args, env=env)
                time.sleep(0.5)
        else:
            raise RuntimeError("the office did not answer")
        self.smgr = self.ctx.ServiceManager
        self.desktop = self.smgr.createInstanceWithContext("com.sun.star.frame.Desktop", self.ctx)

    def install(self, oxt):
        manager = self.ctx.getValueByName("/singletons/com.sun.star.deployment.ExtensionManager")
        env = Approve()
        manager.addExtension(uno.systemPathToFileUrl(oxt), (), "user",
                             manager.createAbortChannel(), env)

    def stop(self):
        try:
            self.desktop.terminate()
        except Exception:
            pass
        try:
            self.process.wait(30)
        except subprocess.TimeoutExpired:
            self.process.kill()


def write_settings(profile, lang):
    """The interface language, and no first-start dialog (tip of the day) to wait on."""
    locale = "vi" if lang == "vi" else "en-US"
    items = [("/org.openoffice.Setup/L10N", "ooLocale", locale),
             ("/org.openoffice.Office.Linguistic/General", "UILocale", locale),
             ("/org.openoffice.Office.Common/Misc", "ShowTipOfTheDay", "false"),
             ("/org.openoffice.Office.Common/Misc", "FirstRun", "false")]
    os.makedirs(os.path.join(profile, "user"), exist_ok=True)
    with open(os.path.join(profile, "user", "registrymodifications.xcu"), "w") as xcu:
        xcu.write('<?xml version="1.0" encoding="UTF-8"?>\n<oor:items '
                  'xmlns:oor="http://openoffice.org/2001/registry" '
                  'xmlns:xs="http://www.w3.org/2001/XMLSchema" '
                  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n')
        for path, name, value in items:
            xcu.write('<item oor:path="%s"><prop oor:name="%s" oor:op="fuse"><value>%s</value>'
                      '</prop></item>\n' % (path, name, value))
        xcu.write("</oor:items>\n")


def shot(display, path, delay=1.5):
    time.sleep(delay)
    subprocess.run(["import", "-display", display, "-window", "root", path], check=True)
    print("wrote", path)


def key(display, *keys):
    subprocess.run(["xdotool", "key", "--delay", "150"] + list(keys),
                   env=dict(os.environ, DISPLAY=display), check=False)


def click(display, x, y, clicks=1):
    subprocess.run(["xdotool", "mousemove", str(x), str(y), "sleep", "0.3", "click", "--repeat",
                    str(clicks), "--delay", "120", "1"],
                   env=dict(os.environ, DISPLAY=display), check=False)


def dispatch_async(office, frame, command, args=()):
    """Runs a command that opens a modal dialog without waiting for it to close."""
    helper = office.smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", office.ctx)
    threading.Thread(target=lambda: helper.executeDispatch(frame, command, "", 0, tuple(args)),
                     daemon=True).start()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="vi")
    parser.add_argument("--out", default=os.path.join(ROOT, "docs", "images"))
    parser.add_argument("--oxt", default=os.path.join(ROOT, "out", "vnplan.oxt"))
    options = parser.parse_args()
    os.makedirs(options.out, exist_ok=True)
    # A display of its own: the first free number from 150 (tests use lower ones).
    number = next(n for n in range(150, 250) if not os.path.exists("/tmp/.X%d-lock" % n))
    display = ":%d" % number
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1280x860x24", "-nolisten", "tcp"])
    profile = tempfile.mkdtemp(prefix="vnplan-shots-")
    office = None
    try:
        time.sleep(1)
        write_settings(profile, options.lang)
        office = Office(profile, display, options.lang, headless=True)
        office.install(os.path.abspath(options.oxt))
        office.stop()
        office = Office(profile, display, options.lang, headless=False)
        example = uno.systemPathToFileUrl(os.path.join(ROOT, "examples", "khen-thuong-143.ods"))
        doc = office.desktop.loadComponentFromURL(example, "_blank", 0, ())
        frame = doc.getCurrentController().getFrame()
        window = frame.getContainerWindow()
        window.setPosSize(0, 0, 1280, 860, 15)
        layout = frame.LayoutManager
        layout.showElement("private:resource/toolbar/addon_org.vnplan.toolbar")
        shot(display, os.path.join(options.out, "toolbar-%s.png" % options.lang), 3)

        # The options page, opened as the Extension Manager's Options button opens it.
        page = "vnd.sun.star.extension://org.vnplan.extension/dialogs/Options.xdl"
        dispatch_async(office, frame, ".uno:OptionsTreeDialog", [prop("OptionsPageURL", page)])
        time.sleep(4)
        # The tree has the focus on "User Data": up to "LibreOffice", fold it, down to
        # "LibreOffice Calc", unfold it, and down to its last leaf (vnplan's page).
        key(display, "Left", "Left", "Down", "Down", "Down", "Right")
        shot(display, os.path.join(options.out, "options-tree-%s.png" % options.lang), 1)
        shot(display, os.path.join(options.out, "options-%s.png" % options.lang), 2)
        key(display, "Escape")
        time.sleep(1)
        doc.setModified(False)
        doc.close(True)
    finally:
        if office:
            office.stop()
        xvfb.terminate()
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
