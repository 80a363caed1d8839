/// A model that documents a rule and tests it, with the place in the sources where it is written.
///
/// Like SwiftLint's `Example`: it records the file and line of the `Example(…)` that made it, so
/// that a failing example points at itself. In `code`, `↓` marks where a finding must point (it
/// is removed before the model is checked). A fragment without `<architecture` is checked inside
/// `Example.envelope`; every example is checked as of `Example.validationDate` unless it gives its
/// own `asOf`.
///
/// Two examples are equal when their code is: the place only says where to look.
public struct Example: Sendable, Hashable, CustomStringConvertible {
  /// The model, whole or a fragment, with `↓` markers.
  public var code: String
  /// Where the example is written, as `#fileID` gives it (`EgovarchKit/CycleRule.swift`).
  public let fileID: StaticString
  /// Where the example is written, as `#filePath` gives it.
  public let file: StaticString
  /// The line of the `Example(…)` that made it.
  public let line: UInt

  /// Creates an example; leave `fileID`, `file` and `line` out so that they record the caller.
  public init(
    _ code: String, fileID: StaticString = #fileID, file: StaticString = #filePath, line: UInt = #line
  ) {
    self.code = code
    self.fileID = fileID
    self.file = file
    self.line = line
  }

  /// The start of the document a fragment is checked in; `</architecture>` closes it.
  public static let envelope = """
    <?xml version="1.0" encoding="UTF-8"?>
    <architecture xmlns="urn:egovarch:architecture:1" id="example" province="Ví dụ" framework="2.0">
    """

  /// The date examples are checked as of, unless they give their own `asOf`: 30 June 2021.
  public static let validationDate = CalendarDate(year: 2021, month: 6, day: 30)!

  /// Whether `code` is a whole document rather than a fragment to put inside `envelope`.
  public var isWholeDocument: Bool { code.contains("<architecture") || code.contains("<!DOCTYPE") }

  /// The code.
  public var description: String { code }

  public static func == (lhs: Example, rhs: Example) -> Bool { lhs.code == rhs.code }

  public func hash(into hasher: inout Hasher) { hasher.combine(code) }
}
