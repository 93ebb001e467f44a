#!/usr/bin/env python3
"""Writes translations/breach-advisor_en.ts: English's singular and plural forms for
every message with %n, so "1 of 28 step(s) done" reads "1 of 28 steps done" and
"about 1 minute(s)" reads "about 1 minute". Runs `lupdate -pluralonly` over the
sources, then fills each numerus message from its source text: "(s)" and "(es)"
become nothing in the singular and "s"/"es" in the plural. A test fails while the file
is out of date (TestTranslations)."""
import pathlib, re, subprocess, sys, tempfile
import xml.etree.ElementTree as ET

root = pathlib.Path(__file__).resolve().parent.parent
target = root / "translations" / "breach-advisor_en.ts"


def forms(source):
    singular = re.sub(r"\((e?s)\)", "", source)
    plural = re.sub(r"\((e?s)\)", r"\1", source)
    return singular, plural


def main():
    sources = sorted(str(p) for d in ("core", "app", "ui") for p in (root / d).rglob("*.cpp"))
    lupdate = next((p for p in ("/usr/lib/qt6/bin/lupdate", "lupdate6", "lupdate") if pathlib.Path(p).exists() or p != "/usr/lib/qt6/bin/lupdate"), None)
    with tempfile.TemporaryDirectory() as temp:
        raw = pathlib.Path(temp) / "en.ts"
        subprocess.run([lupdate, "-silent", "-pluralonly", "-no-obsolete", "-locations", "none", "-target-language", "en",
                        *sources, "-ts", str(raw)], check=True)
        tree = ET.parse(raw)
    for message in tree.getroot().iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        translation.text = None
        for text in forms(source):
            form = ET.SubElement(translation, "numerusform")
            form.text = text
    ET.indent(tree)
    text = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(tree.getroot(), encoding="unicode") + "\n"
    if "--check" in sys.argv:
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            print(f"{target} is out of date: run scripts/update-english-plurals.py", file=sys.stderr)
            sys.exit(1)
        return
    target.write_text(text, encoding="utf-8")
    print(f"wrote {sum(1 for _ in tree.getroot().iter('message'))} plural messages to {target}")


if __name__ == "__main__":
    main()
