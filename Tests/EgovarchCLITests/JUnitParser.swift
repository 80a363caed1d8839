import Foundation

/// Reads JUnit reports back with Python's `junitparser`, a reader that egovarch does not
/// write for: each suite's counts as junitparser computes them, and each test case's name,
/// class name and result.
enum JUnitParser {
  /// One test case as junitparser reads it.
  struct TestCase: Equatable {
    var classname: String
    var name: String
    /// `failure`, `skipped`, `error`, or `nil` for a passed test.
    var result: String?
    /// The result's `message` and text.
    var message: String?
    var text: String?
  }

  /// One suite as junitparser reads it.
  struct Suite: Equatable {
    var name: String
    var tests: Int
    var failures: Int
    var skipped: Int
    var errors: Int
    var cases: [TestCase]
  }

  /// The program, run as `python3 -c SCRIPT FILE`: prints the report as JSON.
  static let script = #"""
    import json, sys
    try:
        from junitparser import JUnitXml, TestSuite
    except ImportError as error:
        sys.stderr.write("python3 cannot import junitparser (%s); install it with: pip install junitparser\n" % error)
        sys.exit(3)
    xml = JUnitXml.fromfile(sys.argv[1])
    suites = [xml] if isinstance(xml, TestSuite) else list(xml)
    out = []
    for suite in suites:
        cases = []
        for case in suite:
            results = case.result
            first = results[0] if results else None
            cases.append({"classname": case.classname, "name": case.name,
                          "result": first._tag if first is not None else None,
                          "message": first.message if first is not None else None,
                          "text": first.text if first is not None else None})
        suite.update_statistics()
        out.append({"name": suite.name, "tests": suite.tests, "failures": suite.failures,
                    "skipped": suite.skipped, "errors": suite.errors, "cases": cases})
    print(json.dumps(out))
    """#

  /// The suites of `document`.
  static func read(_ document: Data) async throws -> [Suite] {
    let directory = try TemporaryDirectory()
    let file = try directory.write(document, to: "report.xml")
    let result = try await CommandRunner.run(
      URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", script, file.path], in: directory.url,
      timeout: .seconds(300))
    guard result.exitStatus == 0 else { throw JSONShapeError(message: "junitparser failed: \(result)") }
    guard let suites = try JSONSerialization.jsonObject(with: result.standardOutputBytes) as? [[String: Any]] else {
      throw JSONShapeError(message: "junitparser printed no list of suites: \(result)")
    }
    return try suites.enumerated().map { index, value in
      let suite = try JSONObject(value, path: "suites[\(index)]")
      let cases = try suite.array("cases").enumerated().map { caseIndex, value in
        let object = try JSONObject(value, path: "suites[\(index)].cases[\(caseIndex)]")
        return TestCase(
          classname: try object.string("classname"), name: try object.string("name"),
          result: try object.optionalString("result"), message: try object.optionalString("message"),
          text: try object.optionalString("text"))
      }
      return Suite(
        name: try suite.string("name"), tests: try suite.integer("tests"), failures: try suite.integer("failures"),
        skipped: try suite.integer("skipped"), errors: try suite.integer("errors"), cases: cases)
    }
  }
}
