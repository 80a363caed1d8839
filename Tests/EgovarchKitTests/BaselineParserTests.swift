import EgovarchKit
import Testing

/// Reading a baseline file: what `serialized()` writes comes back, and anything else is refused
/// with the position of the problem, strictly typed.
@Suite struct BaselineParserTests {
  private func parse(_ text: String) throws(BaselineParseError) -> Baseline {
    try Baseline(json: Array(text.utf8))
  }

  /// The error of `text`, as `line:column: reason`.
  private func error(_ text: String) -> String? {
    do {
      _ = try parse(text)
      return nil
    } catch {
      return error.description
    }
  }

  @Test func whatIsWrittenIsReadBack() throws {
    let entries = [
      BaselineEntry(
        fingerprint: FindingFingerprint(value: "5f1c0e7a9b2d4c3e"), rule: "roadmap/overdue", file: "models/a.xml",
        component: "eams", message: "task 'eams-build' is \"late\"\n\tby 2 years: \u{1}\u{7F} 😀 ạ \\"),
      BaselineEntry(
        fingerprint: FindingFingerprint(value: "0000000000000001"), rule: "model/duplicate-id", file: "b.xml",
        component: nil, message: ""),
    ]
    let baseline = Baseline(entries: entries)
    #expect(try parse(baseline.serialized()) == baseline)
    #expect(try parse(Baseline(entries: []).serialized()) == Baseline(entries: []))
  }

  @Test func escapesAndUnknownMembersAreRead() throws {
    let text = #"""
      {"extra": {"a": [1, -2.5e+3, true, false, null, "x", {}, []]}, "version": 1,
       "findings": [{"message": "\u00e9\ud83d\ude00\/\b\f\n\r\t", "fingerprint": "f", "rule": "r", "file": "x",
                     "component": null, "future": [[{"deep": 0}]]}]}
      """#
    let entry = try #require(try parse(text).entries.first)
    #expect(entry.message == "é😀/\u{8}\u{C}\n\r\t")
    #expect(entry.component == nil)
    #expect(entry.fingerprint == FindingFingerprint(value: "f"))
  }

  @Test func bothVersionsAreReadAndKeepTheirVersion() throws {
    let entry = #"{"fingerprint": "f", "rule": "r", "file": "x", "component": "c", "message": "m", "key": [1]}"#
    for version in [1, 2] {
      let baseline = try parse(#"{"findings": ["# + entry + #"], "future": {}, "version": \#(version)}"#)
      #expect(baseline.version == version)
      #expect(baseline.entries.map(\.component) == ["c"])
      #expect(baseline.serialized().hasPrefix("{\n  \"version\": \(version),\n"))
      #expect(try parse(baseline.serialized()) == baseline)
    }
  }

  @Test(arguments: [
    ("", "1:1: it is not a JSON object"),
    ("[]", "1:1: it is not a JSON object"),
    (#"{"version": true, "findings": []}"#, "1:13: 'version' must be 1 or 2"),
    (#"{"version": "1", "findings": []}"#, "1:13: 'version' must be 1 or 2"),
    (#"{"version": 1.0, "findings": []}"#, "1:13: 'version' must be 1 or 2"),
    (#"{"version": 1e0, "findings": []}"#, "1:13: 'version' must be 1 or 2"),
    (#"{"version": 18446744073709551617, "findings": []}"#, "1:13: 'version' must be 1 or 2"),
    (#"{"version": -9223372036854775809, "findings": []}"#, "1:13: 'version' must be 1 or 2"),
    (#"{"findings": []}"#, "1:1: 'version' must be 1 or 2"),
    (#"{"version": 3, "findings": []}"#, "1:13: 'version' must be 1 or 2"),
    (#"{"version": 0, "findings": []}"#, "1:13: 'version' must be 1 or 2"),
    (#"{"version": 2.0, "findings": []}"#, "1:13: 'version' must be 1 or 2"),
    (#"{"version": 1}"#, "1:1: 'findings' must be a list of objects"),
    (#"{"version": 1, "findings": {}}"#, "1:28: 'findings' must be a list of objects"),
    (#"{"version": 1, "version": 1, "findings": []}"#, "1:16: 'version' is given twice"),
    (#"{"version": 1, "findings": [1]}"#, "1:29: finding 1 is not an object"),
    (
      #"{"version": 1, "findings": [{"fingerprint": "f", "rule": 1, "file": "x"}]}"#,
      "1:58: finding 1: 'rule' must be a string"
    ),
    (
      #"{"version": 1, "findings": [{"fingerprint": "f", "fingerprint": "g", "rule": "r", "file": "x"}]}"#,
      "1:50: finding 1 gives 'fingerprint' twice"
    ),
    (#"{"version": 1, "findings": [],}"#, "1:31: expected a member name, found '}'"),
    (#"{"version": 01, "findings": []}"#, "1:14: expected ',' or '}', found '1'"),
    (#"{"version": 1, "findings": []} {}"#, "1:32: unexpected '{' after the baseline object"),
    (#"{"version": 1, "findings": [], "x": [1 2]}"#, "1:40: expected ',' or ']', found '2'"),
    (#"{"version": 1, "findings": [], "x": tru}"#, "1:37: expected a value, found 't'"),
    (#"{"version": 1, "findings": [], "x": "\x"}"#, "1:38: a backslash before 'x' is not an escape of JSON"),
    (#"{"version": 1, "findings": [], "x": "\ud800"}"#, "1:38: a \\u escape of a lone surrogate (D800)"),
    (#"{"version": 1, "findings": [], "x": "\udc00"}"#, "1:38: a \\u escape of a lone surrogate (DC00)"),
    (#"{"version": 1, "findings": [], "x": "\u12"}"#, "1:38: a \\u escape needs four hexadecimal digits"),
    (
      "{\"version\": 1,\r\n \"findings\": [], \"x\": \"\u{1B}\"}",
      "2:24: a control character (0x1B) must be escaped in a string"
    ),
    ("{\"version\": 1,\r \"ạ\": [], \"findings\": [}", "2:24: finding 1 is not an object"),
    (#"{"version": 1, "findings": ["#, "1:29: finding 1 is not an object"),
    (#"{"version": 1, "findings": [], "x": "open"#, "1:37: the string is not closed"),
  ])
  func malformedBaselinesAreRefusedWhereTheProblemIs(text: String, expected: String) {
    #expect(error(text) == expected)
  }

  @Test func invalidUTF8IsRefused() {
    let bytes =
      Array(#"{"version": 1, "findings": [{"fingerprint": ""#.utf8) + [0xC0, 0xAF]
      + Array(#"", "rule": "r", "file": "x"}]}"#.utf8)
    #expect(throws: BaselineParseError(line: 1, column: 46, reason: "the text is not valid UTF-8")) {
      try Baseline(json: bytes)
    }
  }

  @Test func nestingIsBoundedWithoutRecursion() {
    let depth = 1_000_000
    let text =
      #"{"version": 1, "findings": [], "x": "# + String(repeating: "[", count: depth)
      + String(repeating: "]", count: depth) + "}"
    #expect(error(text) == "1:294: the values are nested too deeply")
    let allowed = 200
    let shallow =
      #"{"version": 1, "findings": [], "x": "# + String(repeating: "[", count: allowed)
      + String(repeating: "]", count: allowed) + "}"
    #expect(error(shallow) == nil)
  }

  @Test func aByteOrderMarkIsSkipped() throws {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(#"{"version": 1, "findings": []}"#.utf8)
    #expect(try Baseline(json: bytes) == Baseline(entries: [], version: 1))
    #expect(throws: BaselineParseError(line: 1, column: 1, reason: "it is not a JSON object")) {
      try Baseline(json: [0xEF, 0xBB, 0xBF] + Array("x".utf8))
    }
  }
}
