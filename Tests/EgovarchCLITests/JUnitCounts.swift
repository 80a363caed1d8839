import Foundation

/// What a `--format junit` report counts and holds, read with XPath through `xmllint`.
struct JUnitCounts: Equatable, CustomStringConvertible {
  /// `<testsuite>` elements.
  var suites: Int
  /// `<testcase>` elements.
  var testCases: Int
  /// `<failure>` elements.
  var failures: Int
  /// `<skipped>` elements.
  var skipped: Int
  /// The sums of the `tests`, `failures`, `skipped` and `errors` of the `<testsuite>` elements.
  var suiteTests: Int
  var suiteFailures: Int
  var suiteSkipped: Int
  var suiteErrors: Int

  /// Reads the counts of `document`.
  init(_ document: Data) async throws {
    let expressions = [
      "count(/testsuites/testsuite)", "count(//testcase)", "count(//testcase/failure)", "count(//testcase/skipped)",
      "sum(//testsuite/@tests)", "sum(//testsuite/@failures)", "sum(//testsuite/@skipped)", "sum(//testsuite/@errors)",
    ]
    let text = try await XMLLint.evaluate("concat(" + expressions.joined(separator: ", ' ', ") + ")", in: document)
    let numbers = text.split(separator: " ").compactMap { Int($0) }
    guard numbers.count == expressions.count else {
      throw JSONShapeError(message: "unexpected counts from xmllint: '\(text)'")
    }
    (suites, testCases, failures, skipped) = (numbers[0], numbers[1], numbers[2], numbers[3])
    (suiteTests, suiteFailures, suiteSkipped, suiteErrors) = (numbers[4], numbers[5], numbers[6], numbers[7])
  }

  /// Whether the suites' counts agree with the elements (`<testsuites>` declares none: Ant's
  /// schema allows it no attribute).
  var isConsistent: Bool {
    suiteTests == testCases && suiteFailures == failures && suiteSkipped == skipped && suiteErrors == 0
  }

  var description: String {
    "\(suites) suites, \(testCases) test cases, \(failures) failures, \(skipped) skipped; suite sums: "
      + "\(suiteTests) tests, \(suiteFailures) failures, \(suiteSkipped) skipped, \(suiteErrors) errors"
  }
}
