#!/usr/bin/env python3
"""Complete the .ts files after lupdate: strings that lupdate files under the wrong context.

Run it after every lupdate (see README.md):

    python3 translations/add_missing_messages.py            # fix translations/*.ts in place
    python3 translations/add_missing_messages.py --check    # report only; exit 1 if a fix is needed

Why it is needed
----------------
* Several source files translate through a file-local helper,
      QString tr(const char* s) { return QCoreApplication::translate("Lineage", s); }
  (app/figures/lineage.cpp -> "Lineage", views/export/figure_export.cpp -> "FigureExport",
  and every file that includes app/figures/figure_builders.h -> "Figures").
  lupdate sees the literal calls tr("...") but files them under the enclosing namespace
  ("mrcnn::figures", "mrcnn::render") or under whatever it mistakes for a class ("views"),
  contexts that are never looked up at run time.  This script adds each such string to the
  context the helper really uses.  The entries lupdate made are kept as *shadow copies*
  (with a translator comment saying so) and their translations are kept in sync with the
  real ones: they are what lets a translation survive the next `lupdate -no-obsolete`, which
  drops the real entry (it cannot see it) and re-creates the shadow; this script then
  restores the real entry from the shadow.  Edit the real entry; the script copies it over.
* When lupdate runs without the include paths (-I app -I views) it cannot resolve
  `namespace mrcnn::gui { class MainWindow ... Q_OBJECT ... }` and writes the context
  "MainWindow" instead of "mrcnn::gui::MainWindow" (the name moc gives tr() at run time).
  Such contexts are merged into the qualified name.

Standard library only.  The .ts files are rewritten in lupdate's own layout.
"""

from __future__ import annotations

import argparse
import glob
import os
import re
import sys
import xml.etree.ElementTree as ET

SCRIPT_DIR = os.path.dirname(os.path.abspath(__file__))
DEFAULT_ROOT = os.path.dirname(SCRIPT_DIR)
# The folders lupdate is run over (keep in step with README.md).
DEFAULT_SOURCE_DIRS = ["app/gui", "app/figures", "app/cli", "views"]
SOURCE_EXTS = (".cpp", ".cc", ".cxx", ".h", ".hpp", ".hh")
SHADOW_COMMENT = ("Shadow copy of context {ctx}: lupdate files this string here, but it is looked up "
                  "in {ctx}. add_missing_messages.py keeps both in sync; edit the one in {ctx}.")


# ----------------------------------------------------------------------------------------------
# C++ scanning
# ----------------------------------------------------------------------------------------------

def strip_comments(text: str) -> str:
    """Blank out comments (keeping newlines so that offsets and line numbers stay valid)."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == "/" and i + 1 < n and text[i + 1] == "/":
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        elif c == "/" and i + 1 < n and text[i + 1] == "*":
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append("".join(ch if ch == "\n" else " " for ch in text[i:j]))
            i = j
        elif c == "R" and i + 1 < n and text[i + 1] == '"' and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_") or text[i - 2:i] in ("u8",) or text[i - 1] in "uUL"):
            m = re.match(r'R"([^()\\ ]{0,16})\(', text[i:])
            if not m:
                out.append(c)
                i += 1
                continue
            end = text.find(")" + m.group(1) + '"', i + m.end())
            end = n if end < 0 else end + len(m.group(1)) + 2
            out.append(text[i:end])
            i = end
        elif c in "\"'":
            j = i + 1
            while j < n and text[j] != c and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            j = min(j + 1, n)
            out.append(text[i:j])
            i = j
        else:
            out.append(c)
            i += 1
    return "".join(out)


_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "a": "\a", "b": "\b", "f": "\f", "v": "\v",
            "\\": "\\", '"': '"', "'": "'", "?": "?", "0": "\0"}


def decode_cpp_string(body: str) -> str:
    """Decode the inside of a narrow/UTF-8 C++ string literal (source files are UTF-8)."""
    out = bytearray()
    i = 0
    while i < len(body):
        c = body[i]
        if c != "\\":
            out += c.encode("utf-8")
            i += 1
            continue
        e = body[i + 1] if i + 1 < len(body) else ""
        if e == "x":
            m = re.match(r"[0-9a-fA-F]+", body[i + 2:])
            out.append(int(m.group(0), 16) & 0xFF)
            i += 2 + len(m.group(0))
        elif e in "01234567":
            m = re.match(r"[0-7]{1,3}", body[i + 1:])
            out.append(int(m.group(0), 8) & 0xFF)
            i += 1 + len(m.group(0))
        elif e in "uU":
            size = 4 if e == "u" else 8
            out += chr(int(body[i + 2:i + 2 + size], 16)).encode("utf-8")
            i += 2 + size
        else:
            out += _ESCAPES.get(e, e).encode("utf-8")
            i += 2
    return out.decode("utf-8", errors="replace")


_LITERAL = re.compile(r'(?:u8|u|U|L)?"((?:[^"\\\n]|\\.)*)"|(?:u8|u|U|L)?R"([^()\\ ]{0,16})\((.*?)\)\2"', re.S)


def parse_literals(code: str, pos: int):
    """Parse adjacent string literals starting at code[pos] (after whitespace).

    Returns (text, end) or (None, pos) when no literal starts there."""
    parts = []
    while True:
        m = re.compile(r"\s*").match(code, pos)
        p = m.end()
        lm = _LITERAL.match(code, p)
        if not lm:
            break
        parts.append(decode_cpp_string(lm.group(1)) if lm.group(1) is not None else lm.group(3))
        pos = lm.end()
    if not parts:
        return None, pos
    return "".join(parts), pos


def line_of(code: str, pos: int) -> int:
    return code.count("\n", 0, pos) + 1


class SourceScan:
    def __init__(self, root: str, dirs: list[str]):
        self.root = root
        self.files: dict[str, str] = {}  # relative path -> code without comments
        for d in dirs:
            base = os.path.join(root, d)
            if os.path.isfile(base):
                paths = [base]
            else:
                paths = [os.path.join(dp, f) for dp, _, fs in os.walk(base) for f in fs]
            for p in sorted(paths):
                if p.endswith(SOURCE_EXTS):
                    with open(p, encoding="utf-8", errors="replace") as fh:
                        self.files[os.path.relpath(p, root)] = strip_comments(fh.read())
        self.qobject_classes: dict[str, set[str]] = {}  # short name -> qualified names
        self.explicit_contexts: set[str] = {"QObject", "QCoreApplication", "QApplication",
                                            "QGuiApplication"}
        self.helper_context: dict[str, str] = {}  # file -> context of its tr() helper
        self.messages: list[tuple[str, str, str, int]] = []  # (context, source, file, line)
        self.non_literal: list[tuple[str, int, str]] = []  # (file, line, snippet)
        self._scan_classes()
        self._scan_explicit_contexts()
        self._scan_helpers()
        self._scan_helper_calls()

    # Q_OBJECT classes, qualified by their namespaces/enclosing classes
    def _scan_classes(self):
        for code in self.files.values():
            stack: list[str | None] = []
            last = 0
            for m in re.finditer(r"[{};]|\bQ_OBJECT\b|\bQ_GADGET\b", code):
                tok = m.group(0)
                if tok == "{":
                    head = code[last:m.start()]
                    name = None
                    nm = re.search(r"\bnamespace\s+([\w:]+)?\s*$", head)
                    cm = re.search(r"\b(?<!enum\s)(?:class|struct)\s+(?:[A-Z_][A-Z0-9_]*\s+)?(\w+)"
                                   r"(?:\s+final)?\s*(?::[^;{}()]*)?$", head)
                    if nm:
                        name = nm.group(1) or ""  # "" = anonymous namespace
                    elif cm and not re.search(r"\benum\s+(?:class|struct)\s*", head):
                        name = cm.group(1)
                    stack.append(name)
                    last = m.end()
                elif tok == "}":
                    if stack:
                        stack.pop()
                    last = m.end()
                elif tok == ";":
                    last = m.end()
                else:  # Q_OBJECT / Q_GADGET: the innermost named scope is the class
                    scopes = [s for s in stack if s]
                    if scopes:
                        qualified = "::".join(scopes)
                        self.qobject_classes.setdefault(scopes[-1], set()).add(qualified)

    def _scan_explicit_contexts(self):
        pat = re.compile(r"\b(?:translate|QT_TRANSLATE_NOOP3?|QT_TRANSLATE_N_NOOP3?|"
                         r"Q_DECLARE_TR_FUNCTIONS)\s*\(\s*\"?([\w:]+)")
        for code in self.files.values():
            for m in pat.finditer(code):
                self.explicit_contexts.add(m.group(1))

    # file-local (or header-declared) helpers: QString tr(const char* s) { return ...translate("Ctx", s); }
    def _scan_helpers(self):
        define = re.compile(r"\bQString\s+tr\s*\(\s*const\s+char\s*\*\s*\w*\s*\)\s*(?:const\s*)?\{\s*"
                            r"return\s+(?:\w+::)*translate\s*\(\s*\"([^\"]+)\"")
        declare = re.compile(r"\bQString\s+tr\s*\(\s*const\s+char\s*\*\s*\w*\s*\)\s*;")
        defined_in: dict[str, str] = {}
        for path, code in self.files.items():
            m = define.search(code)
            if m:
                defined_in[path] = m.group(1)
                self.helper_context[path] = m.group(1)
        # a header declaring tr(const char*) takes the context of the .cpp with the same stem
        header_ctx: dict[str, str] = {}
        for path, code in self.files.items():
            if path.endswith((".h", ".hpp", ".hh")) and declare.search(code):
                stem = os.path.splitext(path)[0]
                for cpp, ctx in defined_in.items():
                    if os.path.splitext(cpp)[0] == stem:
                        header_ctx[os.path.basename(path)] = ctx
        # files including such a header (directly, or through a header that does) use it
        changed = True
        while changed:
            changed = False
            for path, code in self.files.items():
                if path in self.helper_context:
                    continue
                for inc in re.findall(r'#\s*include\s*"([^"]+)"', code):
                    ctx = header_ctx.get(os.path.basename(inc))
                    if ctx:
                        self.helper_context[path] = ctx
                        if path.endswith((".h", ".hpp", ".hh")):
                            header_ctx.setdefault(os.path.basename(path), ctx)
                        changed = True
                        break

    def _scan_helper_calls(self):
        call = re.compile(r"(?<![\w.:>])tr\s*\(")
        for path, ctx in sorted(self.helper_context.items()):
            code = self.files[path]
            for m in call.finditer(code):
                text, end = parse_literals(code, m.end())
                if text is None:
                    rest = code[m.end():m.end() + 60].split("\n")[0].strip()
                    if not rest.startswith("const char"):  # the helper's own definition
                        self.non_literal.append((path, line_of(code, m.start()), "tr(" + rest))
                    continue
                after = re.compile(r"\s*").match(code, end).end()
                if code[after:after + 1] != ")":
                    self.non_literal.append((path, line_of(code, m.start()), "tr(\"" + text[:40] + "\" …"))
                    continue
                self.messages.append((ctx, text, path, line_of(code, m.start())))

    def runtime_contexts(self) -> set[str]:
        ctxs = set(self.explicit_contexts) | set(self.helper_context.values())
        for names in self.qobject_classes.values():
            ctxs |= names
        return ctxs


# ----------------------------------------------------------------------------------------------
# .ts handling
# ----------------------------------------------------------------------------------------------

def finished_translation(msg: ET.Element):
    tr = msg.find("translation")
    if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
        return None
    if msg.get("numerus") == "yes":
        forms = [f.text or "" for f in tr.findall("numerusform")]
        return ("numerus", tuple(forms)) if forms and all(forms) else None
    return ("text", tr.text) if tr.text else None


def set_translation(msg: ET.Element, value):
    tr = msg.find("translation")
    if tr is None:
        tr = ET.SubElement(msg, "translation")
    for child in list(tr):
        tr.remove(child)
    kind, payload = value
    if kind == "numerus":
        tr.text = None
        for form in payload:
            ET.SubElement(tr, "numerusform").text = form
    else:
        tr.text = payload
    tr.attrib.pop("type", None)


def message_source(msg: ET.Element) -> str:
    return msg.findtext("source") or ""


def message_key(msg: ET.Element):
    return (message_source(msg), msg.findtext("comment") or "")


def ordered_insert(msg: ET.Element, tag: str, elem: ET.Element):
    """Insert a child at lupdate's position for `tag`."""
    order = ["location", "source", "oldsource", "comment", "oldcomment", "extracomment",
             "translatorcomment", "translation"]
    rank = order.index(tag)
    for i, child in enumerate(list(msg)):
        if child.tag in order and order.index(child.tag) > rank:
            msg.insert(i, elem)
            return
    msg.append(elem)


def get_context(root: ET.Element, name: str, create: bool = True):
    for ctx in root.findall("context"):
        if ctx.findtext("name") == name:
            return ctx
    if not create:
        return None
    ctx = ET.Element("context")
    ET.SubElement(ctx, "name").text = name
    # keep contexts sorted like lupdate (case-sensitive by name)
    contexts = root.findall("context")
    index = len(list(root))
    for i, child in enumerate(list(root)):
        if child.tag == "context" and (child.findtext("name") or "") > name:
            index = i
            break
    root.insert(index, ctx)
    return ctx


def process_ts(path: str, scan: SourceScan, log, write: bool = True) -> bool:
    tree = ET.parse(path)
    root = tree.getroot()
    ts_dir = os.path.dirname(os.path.abspath(path))
    changed = False
    runtime = scan.runtime_contexts()

    # 1. unqualified Q_OBJECT contexts -> qualified ones
    for ctx in list(root.findall("context")):
        name = ctx.findtext("name")
        quals = scan.qobject_classes.get(name, set())
        if name in runtime or len(quals) != 1:
            continue
        qualified = next(iter(quals))
        target = get_context(root, qualified)
        present = {message_key(m): m for m in target.findall("message")}
        for msg in ctx.findall("message"):
            existing = present.get(message_key(msg))
            if existing is None:
                target.append(msg)
            else:
                revive(existing)
                if existing.find("location") is None:
                    for loc in msg.findall("location"):
                        ordered_insert(existing, "location", loc)
        root.remove(ctx)
        log(f"{os.path.basename(path)}: context {name} -> {qualified}")
        changed = True

    # index of every message by source text
    def all_messages():
        for ctx in root.findall("context"):
            for msg in ctx.findall("message"):
                yield ctx.findtext("name"), msg

    wanted: dict[tuple[str, str], list[tuple[str, int]]] = {}
    for ctx, text, file, line in scan.messages:
        wanted.setdefault((ctx, text), []).append((file, line))
    wanted_sources = {text: ctx for (ctx, text) in wanted}

    # 2. make sure every helper string is in its real context
    for (ctx_name, text), places in sorted(wanted.items()):
        ctx = get_context(root, ctx_name)
        msg = next((m for m in ctx.findall("message")
                    if message_source(m) == text and not m.findtext("comment")), None)
        def add_locations(m):
            for file, line in places:
                rel = os.path.relpath(os.path.join(scan.root, file), ts_dir).replace(os.sep, "/")
                ordered_insert(m, "location", ET.Element("location", {"filename": rel, "line": str(line)}))

        if msg is None:
            msg = ET.SubElement(ctx, "message")
            add_locations(msg)
            ET.SubElement(msg, "source").text = text
            ET.SubElement(msg, "translation", {"type": "unfinished"})
            log(f"{os.path.basename(path)}: added [{ctx_name}] {text!r}")
            changed = True
        else:
            if revive(msg):
                log(f"{os.path.basename(path)}: revived [{ctx_name}] {text!r}")
                changed = True
            if msg.find("location") is None:  # lupdate strips the locations of vanished entries
                add_locations(msg)
                changed = True

    # 3. shadow copies: same text in a context that is never looked up at run time
    for ctx_name, msg in list(all_messages()):
        text = message_source(msg)
        if ctx_name in runtime or text not in wanted_sources or msg.findtext("comment"):
            continue
        real_ctx = wanted_sources[text]
        real = next(m for m in get_context(root, real_ctx).findall("message")
                    if message_source(m) == text and not m.findtext("comment"))
        note = SHADOW_COMMENT.format(ctx=real_ctx)
        if msg.findtext("translatorcomment") != note:
            old = msg.find("translatorcomment")
            if old is not None:
                msg.remove(old)
            elem = ET.Element("translatorcomment")
            elem.text = note
            ordered_insert(msg, "translatorcomment", elem)
            changed = True
        real_tr, shadow_tr = finished_translation(real), finished_translation(msg)
        if real_tr and real_tr != shadow_tr:
            set_translation(msg, real_tr)
            changed = True
        elif shadow_tr and not real_tr:
            set_translation(real, shadow_tr)
            log(f"{os.path.basename(path)}: [{real_ctx}] {text!r}: translation restored from shadow")
            changed = True

    # 4. new real entries: reuse an identical finished translation from any context
    by_source = {}
    for _, msg in all_messages():
        t = finished_translation(msg)
        if t and not msg.findtext("comment"):
            by_source.setdefault((message_source(msg), msg.get("numerus") == "yes"), t)
    for (ctx_name, text) in wanted:
        ctx = get_context(root, ctx_name)
        for msg in ctx.findall("message"):
            if message_source(msg) == text and not finished_translation(msg):
                t = by_source.get((text, msg.get("numerus") == "yes"))
                if t:
                    set_translation(msg, t)
                    changed = True

    # 5. report contexts that nobody looks up and that are not shadows
    for ctx_name, msg in all_messages():
        if ctx_name not in runtime and message_source(msg) not in wanted_sources:
            log(f"{os.path.basename(path)}: warning: [{ctx_name}] {message_source(msg)!r} "
                f"is in a context that is never looked up at run time")

    if changed and write:
        write_ts(tree, path)
    return changed


def revive(msg: ET.Element) -> bool:
    """A vanished/obsolete entry whose text is in use again: finished if it has a translation."""
    tr = msg.find("translation")
    if tr is None or tr.get("type") not in ("vanished", "obsolete"):
        return False
    tr.set("type", "unfinished")
    if finished_translation_ignoring_type(msg):
        tr.attrib.pop("type")
    return True


def finished_translation_ignoring_type(msg: ET.Element) -> bool:
    tr = msg.find("translation")
    if tr is None:
        return False
    return bool(tr.text) or any((f.text or "") for f in tr.findall("numerusform"))


# ----------------------------------------------------------------------------------------------
# writing, in lupdate's layout
# ----------------------------------------------------------------------------------------------

def esc(text: str, attr: bool = False) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if attr:
        text = text.replace('"', "&quot;")
    else:
        text = text.replace('"', "&quot;").replace("'", "&apos;")
    return text


def write_elem(elem: ET.Element, depth: int, out: list[str]):
    pad = "    " * depth
    attrs = "".join(f' {k}="{esc(v, True)}"' for k, v in elem.attrib.items())
    children = list(elem)
    if elem.tag == "location" and not children:
        out.append(f"{pad}<{elem.tag}{attrs}/>\n")
    elif not children:
        out.append(f"{pad}<{elem.tag}{attrs}>{esc(elem.text or '')}</{elem.tag}>\n")
    elif elem.tag == "translation":  # numerus forms, lupdate writes them inline-indented
        out.append(f"{pad}<{elem.tag}{attrs}>\n")
        for c in children:
            out.append(f"{pad}    <{c.tag}>{esc(c.text or '')}</{c.tag}>\n")
        out.append(f"{pad}</{elem.tag}>\n")
    else:
        out.append(f"{pad}<{elem.tag}{attrs}>\n")
        for c in children:
            write_elem(c, depth + 1, out)
        out.append(f"{pad}</{elem.tag}>\n")


def write_ts(tree: ET.ElementTree, path: str):
    root = tree.getroot()
    out = ['<?xml version="1.0" encoding="utf-8"?>\n', "<!DOCTYPE TS>\n"]
    attrs = "".join(f' {k}="{esc(v, True)}"' for k, v in root.attrib.items())
    out.append(f"<TS{attrs}>\n")
    for child in root:
        # lupdate does not indent <context>
        sub: list[str] = []
        write_elem(child, 0, sub)
        out.extend(sub)
    out.append("</TS>\n")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("".join(out))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("ts", nargs="*", help="the .ts files (default: translations/*.ts)")
    ap.add_argument("--root", default=DEFAULT_ROOT, help="repository root (default: %(default)s)")
    ap.add_argument("--dirs", nargs="+", default=DEFAULT_SOURCE_DIRS,
                    help="source folders, relative to the root (default: %(default)s)")
    ap.add_argument("--check", action="store_true", help="change nothing; exit 1 if a fix is needed")
    ap.add_argument("-q", "--quiet", action="store_true")
    args = ap.parse_args(argv)

    scan = SourceScan(args.root, args.dirs)
    log = (lambda s: None) if args.quiet else (lambda s: print(s))
    if not args.quiet:
        for f, ctx in sorted(scan.helper_context.items()):
            n = sum(1 for m in scan.messages if m[2] == f)
            print(f"helper tr() -> {ctx}: {f} ({n} literal calls)")
        for f, line, snippet in scan.non_literal:
            print(f"note: {f}:{line}: {snippet} -- not a literal; make sure the text is marked "
                  f"with QT_TRANSLATE_NOOP(\"{scan.helper_context[f]}\", ...)")
    files = args.ts or sorted(glob.glob(os.path.join(SCRIPT_DIR, "*.ts")))
    needs_fix = False
    for ts in files:
        needs_fix |= process_ts(ts, scan, log, write=not args.check)
    if args.check:
        return 1 if needs_fix else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
