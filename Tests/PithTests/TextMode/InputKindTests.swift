import Pith
import Testing

@Suite("InputKind")
struct InputKindTests {
    @Test("tells HTML from text by the first kilobyte", arguments: [
        ("<!DOCTYPE html><title>x</title>", InputKind.html),
        ("  \n<html lang=en><p>hi", .html),
        ("\u{FEFF}<!-- saved page --><div>", .html),
        ("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">", .html),
        ("<div class=\"a\"><p>No doctype, but markup.</p></div>", .html),
        ("Headline\n\nA story about <html> and <p> tags, told in plain text.\n", .text),
        ("24 Dec, 2022 13:05\n\nMoscow outlines plans for joint force with key ally\n", .text),
        ("# A Markdown page\n\nWith [a link](https://example.com) and a <br> in it.\n", .text),
        ("", .text),
        ("Price < 5 and > 3", .text),
    ])
    func detect(input: String, expected: InputKind) {
        #expect(InputKind.detect(Array(input.utf8)) == expected)
    }

    @Test("reads UTF-16 with a byte order mark")
    func utf16() {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "<!doctype html><p>x".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(InputKind.detect(bytes) == .html)
    }

    @Test("only the first kilobyte counts")
    func prefix() {
        let text = String(repeating: "Plain words. ", count: 200) + "<div><p>late markup</p></div>"
        #expect(InputKind.detect(Array(text.utf8)) == .text)
    }
}
