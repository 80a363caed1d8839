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
  /// `tests` and `failures` of `<testsuites>`.
  var declaredTests: Int
  var declaredFailures: Int
  /// The sums of the `tests`, `failures`, `skipped` and `errors` of the `<testsuite>` elements.
  var suiteTests: Int
  var suiteFailures: Int
  var suiteSkipped: Int
  var suiteErrors: Int

  /// Reads the counts of `document`.
  init(_ document: Data) async throws {
    let expressions = [
      "count(/testsuites/testsuite)", "count(//testcase)", "count(//testcase/failure)", "count(//testcase/skipped)",
      "/testsuites/@tests", "/testsuites/@failures", "sum(//testsuite/@tests)", "sum(//testsuite/@failures)",
      "sum(//testsuite/@skipped)", "sum(//testsuite/@errors)",
    ]
    let text = try await XMLLint.evaluate("concat(" + expressions.joined(separator: ", ' ', ") + ")", in: document)
    let numbers = text.split(separator: " ").compactMap { Int($0) }
    guard numbers.count == expressions.count else {
      throw JSONShapeError(message: "unexpected counts from xmllint: '\(text)'")
    }
    (suites, testCases, failures, skipped) = (numbers[0], numbers[1], numbers[2], numbers[3])
    (declaredTests, declaredFailures) = (numbers[4], numbers[5])
    (suiteTests, suiteFailures, suiteSkipped, suiteErrors) = (numbers[6], numbers[7], numbers[8], numbers[9])
  }

  /// Whether the declared counts agree with the elements.
  var isConsistent: Bool {
    declaredTests == testCases && suiteTests == testCases && declaredFailures == failures
      && suiteFailures == failures && suiteSkipped == skipped && suiteErrors == 0
  }

  var description: String {
    "\(suites) suites, \(testCases) test cases, \(failures) failures, \(skipped) skipped; declared: "
      + "\(declaredTests) tests, \(declaredFailures) failures; suite sums: \(suiteTests) tests, "
      + "\(suiteFailures) failures, \(suiteSkipped) skipped, \(suiteErrors) errors"
  }
}
