#!/usr/bin/env python3
"""Generates Sources/PithHTML/Generated/LocalName+Known.swift: the static atom table.

Every element and attribute name the parser or the extractor refers to gets a small integer id
(`LocalName`), so that the hot paths compare integers instead of strings. Names come from three
places:

- the WHATWG parsing spec text in ../shared/spec (the "special" and "formatting" element lists, the
  SVG tag-name and attribute-name case adjustments, the foreign attribute table, the MathML
  `definitionURL` adjustment);
- the vocabulary below (HTML elements and attributes of the living standard, MathML and SVG
  elements), which the spec section in ../shared does not list in one place.

Names that are neither get an id from the document that meets them (see `NameTable`).

Usage: Scripts/generate_names.py [SPEC_DIR]   (default: ../shared/spec relative to the repo root)
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SPEC_DIR = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "spec")
OUT = os.path.join(ROOT, "Sources", "PithHTML", "Generated", "LocalName+Known.swift")

HTML_ELEMENTS = """
a abbr acronym address applet area article aside audio b base basefont bdi bdo bgsound big blink
blockquote body br button canvas caption center cite code col colgroup data datalist dd del details
dfn dialog dir div dl dt em embed fieldset figcaption figure font footer form frame frameset h1 h2
h3 h4 h5 h6 head header hgroup hr html i iframe image img input ins isindex kbd keygen label legend
li link listing main map mark marquee menu menuitem meta meter multicol nav nextid nobr noembed
noframes noscript object ol optgroup option output p param picture plaintext pre progress q rb rp
rt rtc ruby s samp script search section select selectedcontent slot small source spacer span
strike strong style sub summary sup table tbody td template textarea tfoot th thead time title tr
track tt u ul var video wbr xmp
""".split()

MATHML_ELEMENTS = """
math mi mo mn ms mtext mglyph malignmark annotation-xml annotation semantics mrow mfrac msqrt
mroot mstyle merror mpadded mphantom mfenced menclose msub msup msubsup munder mover munderover
mmultiscripts mtable mtr mtd mspace
""".split()

SVG_ELEMENTS = """
svg a circle defs desc ellipse filter g image line marker mask metadata path pattern polygon
polyline rect stop style switch symbol text title tspan use view foreignobject
""".split()

ATTRIBUTES = """
abbr accept accept-charset accesskey action align alink allow alt archive aria-hidden aria-label
aria-labelledby aria-describedby async autocomplete autofocus autoplay background bgcolor border
cellpadding cellspacing charset checked cite class classid clear code codebase codetype color cols
colspan compact content contenteditable controls coords crossorigin d data datetime declare
decoding default defer definitionurl dir dirname disabled download draggable encoding enctype
face fill for form formaction frame frameborder headers height hidden high href hreflang hspace
http-equiv id integrity is itemid itemprop itemref itemscope itemtype label lang language link
list loading loop low manifest max maxlength media method min minlength multiple muted name
nohref nomodule nonce noshade nowrap onclick onerror onload open optimum pattern ping placeholder
poster preload profile property prompt readonly referrerpolicy rel required rev reversed role
rows rowspan rules sandbox scheme scope selected shape size sizes slot span spellcheck src
srcdoc srclang srcset start step stroke style summary tabindex target text title translate type
typeof usemap valign value valuetype version viewbox vlink vspace width wrap xmlns
""".split()


# The element groups the tree builder tests membership of (13.2.4–13.2.6): Swift name, doc comment,
# members. Each becomes one bit of `ElementCategory.membership`, a per-name table the compiler
# emits as constant data, so a membership test is a bounds check, a load and a mask (no lazily
# initialised global). `None` members come from the spec text (see special_and_formatting).
CATEGORIES = [
    ("special", '13.2.4.3 "special" category, HTML part (from the spec text, plus `search`).', None),
    ("mathMLSpecial", 'The MathML elements of the "special" category.', None),
    ("svgSpecial", 'The SVG elements of the "special" category.', None),
    ("formatting", '13.2.4.3 "formatting" elements.', None),
    ("defaultScope", '13.2.4.2 "has an element in scope": the HTML boundaries. `select` joined in 2025.',
     "applet caption html table td th marquee object select template"),
    ("mathMLScope", "The MathML boundaries of the default scope.", "mi mo mn ms mtext annotation-xml"),
    ("mathMLTextIntegrationPoints", "13.2.6.1 MathML text integration points.", "mi mo mn ms mtext"),
    ("svgScope", "The SVG boundaries of the default scope (also the SVG HTML integration points).",
     "foreignObject desc title"),
    ("impliedEndTags", '13.2.6.3 "generate implied end tags".', "dd dt li optgroup option p rb rp rt rtc"),
    ("impliedEndTagsThorough", '13.2.6.3 "generate all implied end tags thoroughly".',
     "caption colgroup dd dt li optgroup option p rb rp rt rtc tbody td tfoot th thead tr"),
    ("tableContext", '13.2.6.4.9 "clear the stack back to a table context".', "table template html"),
    ("tableBodyContext", '13.2.6.4.13 "clear the stack back to a table body context".',
     "tbody tfoot thead template html"),
    ("tableRowContext", '13.2.6.4.14 "clear the stack back to a table row context".', "tr template html"),
    ("listItems", "", "li"),
    ("definitionItems", "", "dd dt"),
    ("headings", "", "h1 h2 h3 h4 h5 h6"),
    ("tableSections", "", "tbody tfoot thead"),
    ("cells", "", "td th"),
    ("tableTextParents", 'Current nodes for which "in table" sends characters to "in table text".',
     "table tbody template tfoot thead tr"),
    ("fosterParentTargets", "Foster parenting applies when the target is one of these (13.2.6.1).",
     "table tbody tfoot thead tr"),
    ("blockStartTags", "13.2.6.4.7 in body: start tags that close a `p` in button scope and insert a block.",
     "address article aside blockquote center details dialog dir div dl fieldset figcaption figure "
     "footer header hgroup main menu nav ol p search section summary ul"),
    ("blockEndTags", "13.2.6.4.7 in body: end tags that close their element if it is in scope (+ `select`, 2025).",
     "address article aside blockquote button center details dialog dir div dl fieldset figcaption "
     "figure footer header hgroup listing main menu nav ol pre search section select summary ul"),
    ("allowedOpenAtEnd", "13.2.6.4.7 in body: elements allowed to be open at end of file or `</body>` without error.",
     "dd dt li optgroup option p rb rp rt rtc tbody td tfoot th thead tr body html"),
    ("voidFormattingStartTags", "13.2.6.4.7 in body: void start tags that reconstruct formatting and pop at once.",
     "area br embed img keygen wbr"),
    ("headStartTags", '13.2.6.4.7 in body: start tags processed with the "in head" rules.',
     "base basefont bgsound link meta noframes script style template title"),
    ("ignoredTableStartTags", "13.2.6.4.7 in body: table-structure start tags that are ignored.",
     "caption col colgroup frame head tbody td tfoot th thead tr"),
    ("plainFormattingStartTags", "13.2.6.4.7 in body: formatting start tags besides `a` and `nobr`.",
     "b big code em font i s small strike strong tt u"),
    ("adoptionAgencyEndTags", "Elements whose end tag runs the adoption agency algorithm.",
     "a b big code em font i nobr s small strike strong tt u"),
    ("foreignBreakoutStartTags", "13.2.6.5: start tags that break out of foreign content.",
     "b big blockquote body br center code dd div dl dt em embed h1 h2 h3 h4 h5 h6 head hr i img li "
     "listing menu meta nobr ol p pre ruby s small span strong strike sub sup table tt u ul var"),
    ("voidElements", "13.1.2 void elements: no end tag, no contents.",
     "area base basefont bgsound br col embed frame hr img input keygen link meta param source track wbr"),
    ("rawTextElements", "13.3: elements whose text children serialize unescaped (`noscript` only when scripting).",
     "style script xmp iframe noembed noframes plaintext"),
    ("tableStructureStartTags", "Table-structure tags that end a caption, a cell or a table body.",
     "caption col colgroup tbody td tfoot th thead tr"),
    # Name groups that gate the foreign-content tables (13.2.6.1, 13.2.6.5), so that most names skip
    # the dictionary lookup: not element groups, but the same kind of per-name bit.
    ("svgTagNameAdjustments", "SVG tag names (lowercase, as tokens carry them) whose case the tree builder restores.", None),
    ("adjustedSVGTagNames", "The adjusted SVG tag names (mixed case, as elements carry them).", None),
    ("svgAttributeAdjustments", "SVG attribute names (lowercase) whose case the tree builder restores.", None),
    ("foreignAttributeAdjustments", "Qualified attribute names that become namespaced in foreign content (`xlink:href`, …).", None),
]


def write_categories(index, special, special_foreign, formatting, svg_tags, svg_attrs, foreign_attrs):
    """Generated/ElementCategory+Membership.swift: the category bits and the per-name table."""
    from_spec = {
        "special": sorted(set(special)),
        "mathMLSpecial": [n for k, n in special_foreign if k == "MathML"],
        "svgSpecial": [n for k, n in special_foreign if k == "SVG"],
        "formatting": formatting,
        "svgTagNameAdjustments": [a for a, _ in svg_tags],
        "adjustedSVGTagNames": [b for _, b in svg_tags],
        "svgAttributeAdjustments": [a for a, _ in svg_attrs],
        "foreignAttributeAdjustments": [r[0] for r in foreign_attrs],
    }
    assert len(CATEGORIES) <= 64, "one UInt64 bit per category"
    membership = [0] * (len(index) + 1)
    out = []
    w = out.append
    w("// Generated by Scripts/generate_names.py from ../shared/spec/whatwg-html-parsing-2022.txt. Do not edit.")
    w("")
    w("extension ElementSets {")
    for bit, (name, doc, members) in enumerate(CATEGORIES):
        spellings = from_spec[name] if members is None else members.split()
        for spelling in spellings:
            membership[index[spelling]] |= 1 << bit
        if doc:
            w(f"    /// {doc}")
        w(f"    /// Members: {', '.join('`' + m + '`' for m in spellings)}.")
        w(f"    static let {name} = ElementCategory(mask: 0x{1 << bit:X})")
    w("}")
    w("")
    w("extension ElementCategory {")
    w("    /// Each static name's categories (a bit per `ElementSets` member), indexed by `LocalName.rawValue`.")
    w("    static let membership: [UInt64] = [")
    for i in range(0, len(membership), 8):
        w("        " + ", ".join(f"0x{m:X}" for m in membership[i:i + 8]) + ",")
    w("    ]")
    w("}")
    path = os.path.join(os.path.dirname(OUT), "ElementCategory+Membership.swift")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print(f"wrote {path}: {len(CATEGORIES)} categories")


def read_spec():
    with open(os.path.join(SPEC_DIR, "whatwg-html-parsing-2022.txt"), encoding="utf-8") as f:
        return f.read()


def table_after(spec, heading_regex, columns):
    """Rows of the first ` | a | b …` table at or after the first line matching heading_regex,
    without its header row."""
    lines = spec.splitlines()
    start = next(i for i, line in enumerate(lines) if re.search(heading_regex, line))
    table = []
    for line in lines[start:]:
        if line.startswith(" | "):
            table.append([c.strip() for c in line.strip().strip("|").split("|")][:columns])
        elif table:
            break
    return table[1:]


def special_and_formatting(spec):
    special_line = next(l for l in spec.splitlines()
                        if l.startswith("The following elements have varying levels of special parsing rules"))
    html_part, foreign_part = special_line.split(":", 1)[1].split(";", 1)
    special = [w.strip() for w in html_part.replace("HTML's", "").split(",")]
    # The 2022 text predates `search` (added to the special category in 2023; html5lib-tests cover it).
    special.append("search")
    foreign = re.findall(r"(MathML|SVG) ([\w-]+)", foreign_part)
    formatting_line = next(l for l in spec.splitlines()
                           if l.startswith("The following HTML elements are those that end up in the list of active formatting"))
    formatting_words = formatting_line.split(":", 1)[1]
    formatting = [w.strip(" .").replace("and ", "") for w in formatting_words.split(",")]
    return special, foreign, formatting


KEYWORDS = {"as", "case", "class", "default", "for", "in", "is", "var", "switch", "repeat", "return",
            "import", "static", "where", "while", "do", "if", "else", "let", "func", "init", "self",
            "struct", "enum", "protocol", "extension", "operator", "subscript", "throw", "try", "true",
            "false", "nil", "super", "inout", "internal", "public", "private", "break", "continue",
            "fallthrough", "guard", "defer", "catch", "throws", "rethrows", "associatedtype", "typealias",
            "deinit", "open", "fileprivate", "Type", "Any"}


def identifier(name):
    parts = re.split(r"[-:]", name)
    ident = parts[0] + "".join(p[:1].upper() + p[1:] for p in parts[1:])
    return f"`{ident}`" if ident in KEYWORDS else ident


def main():
    spec = read_spec()
    svg_tags = table_after(spec, r"^ \|  Tag name  \|  Element name", 2)
    svg_attrs = table_after(spec, r"adjust SVG attributes for a token, then", 2)
    foreign_attrs = table_after(spec, r"adjust foreign attributes for a token, then", 4)
    assert len(svg_tags) == 37 and len(svg_attrs) == 58 and len(foreign_attrs) == 11, "spec tables not found"
    special, special_foreign, formatting = special_and_formatting(spec)

    names = []
    for group in (HTML_ELEMENTS, MATHML_ELEMENTS, SVG_ELEMENTS, ATTRIBUTES, special, formatting,
                  [n for _, n in special_foreign], [a for a, _ in svg_tags], [b for _, b in svg_tags],
                  [a for a, _ in svg_attrs], [b for _, b in svg_attrs], [r[0] for r in foreign_attrs], [r[2] for r in foreign_attrs],
                  ["definitionURL"]):
        names.extend(group)
    ordered = sorted(set(names))
    idents = [identifier(n) for n in ordered]
    assert len(set(idents)) == len(idents), "two names map to one Swift identifier"
    index = {n: i + 1 for i, n in enumerate(ordered)}  # 0 is reserved for "no name"

    out = []
    w = out.append
    w("// Generated by Scripts/generate_names.py from ../shared/spec/whatwg-html-parsing-2022.txt. Do not edit.")
    w("")
    w("extension LocalName {")
    for name, ident in zip(ordered, idents):
        w(f"    /// `{name}`")
        w(f"    public static let {ident} = LocalName(rawValue: {index[name]})")
    w("")
    w(f"    /// The number of static names plus one (id 0 is reserved); ids at or above it are per document.")
    w(f"    package static let staticCount: UInt32 = {len(ordered) + 1}")
    w("")
    w("    /// The static names, concatenated; `staticNameEnds[id]` is where name `id` ends.")
    w("    package static let staticNameBytes: StaticString = \"" + "".join(ordered) + "\"")
    ends, total = [0], 0
    for n in ordered:
        total += len(n.encode())
        ends.append(total)
    w("    package static let staticNameEnds: [UInt32] = [")
    for i in range(0, len(ends), 16):
        w("        " + ", ".join(str(e) for e in ends[i:i + 16]) + ",")
    w("    ]")
    w("}")
    w("")
    w("extension ForeignAdjustments {")
    w("    /// SVG tag names whose case the tree builder restores (13.2.6.5), lowercase → adjusted.")
    w("    package static let svgTagNames: [(LocalName, LocalName)] = [")
    for a, b in svg_tags:
        w(f"        (.{identifier(a)}, .{identifier(b)}),")
    w("    ]")
    w("    /// SVG attribute names whose case the tree builder restores, lowercase → adjusted.")
    w("    package static let svgAttributeNames: [(LocalName, LocalName)] = [")
    for a, b in svg_attrs:
        w(f"        (.{identifier(a)}, .{identifier(b)}),")
    w("    ]")
    w("    /// Attributes that become namespaced in foreign content: qualified name, prefix, local name, namespace.")
    w("    package static let foreignAttributes: [(String, String?, LocalName, Namespace)] = [")
    ns = {"XLink namespace": ".xlink", "XML namespace": ".xml", "XMLNS namespace": ".xmlns"}
    for qname, prefix, local, namespace in foreign_attrs:
        p = "nil" if prefix == "(none)" else f'"{prefix}"'
        w(f'        ("{qname}", {p}, .{identifier(local)}, {ns[namespace]}),')
    w("    ]")
    w("}")
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print(f"wrote {OUT}: {len(ordered)} names")
    write_categories(index, special, special_foreign, formatting, svg_tags, svg_attrs, foreign_attrs)


if __name__ == "__main__":
    main()
