/// Reads the JSON of a baseline file into its entries, one byte at a time.
///
/// It builds no document: the findings become `BaselineEntry` values as they are read, and
/// members it does not know are skipped with an explicit stack (bounded by `maximumDepth`)
/// rather than by recursion. Positions are computed only for the error, by one scan.
struct BaselineParser {
  /// The deepest nesting of arrays and objects accepted.
  static let maximumDepth = 256
  /// The fewest bytes a finding takes: `{"fingerprint":"","rule":"","file":""}`.
  static let smallestFindingSize = 38

  /// The document (read by the string reader in `BaselineParser+Strings.swift`).
  let bytes: [UInt8]
  /// The offset of the next byte to read.
  var index = 0

  /// Creates a parser of `bytes` (UTF-8; a byte order mark is skipped).
  init(bytes: [UInt8]) {
    self.bytes = bytes
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
  }

  /// The entries of the baseline and its version (one of `Baseline.readableVersions`).
  mutating func parse() throws(BaselineParseError) -> (entries: [BaselineEntry], version: Int) {
    skipWhitespace()
    let rootStart = index
    guard current == UInt8(ascii: "{") else { throw failure("it is not a JSON object") }
    index += 1
    var version: (value: Int?, position: Int)?
    var entries: [BaselineEntry]?
    var first = true
    while let member = try nextMember(first: &first) {
      let (key, keyStart) = (member.name, member.start)
      switch key {
      case "version":
        guard version == nil else { throw failure("'version' is given twice", at: keyStart) }
        let position = index
        version = (try readVersion(), position)
      case "findings":
        guard entries == nil else { throw failure("'findings' is given twice", at: keyStart) }
        entries = try readFindings()
      default:
        try skipValue()
      }
    }
    skipWhitespace()
    guard index == bytes.count else { throw failure("unexpected \(describeCurrent()) after the baseline object") }
    guard let version, let number = version.value, Baseline.readableVersions.contains(number) else {
      let versions = Baseline.readableVersions.map(String.init)
      throw failure(
        "'version' must be \(versions.dropLast().joined(separator: ", ")) or \(versions.last!)",
        at: version?.position ?? rootStart)
    }
    guard let entries else { throw failure("'findings' must be a list of objects", at: rootStart) }
    return (entries, number)
  }

  // MARK: The baseline's members

  /// The value of `version` when it is a whole number that fits an `Int`, else `nil`.
  private mutating func readVersion() throws(BaselineParseError) -> Int? {
    skipWhitespace()
    guard let byte = current, byte == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else {
      try skipValue()
      return nil
    }
    let start = index
    let isInteger = try skipNumber()
    guard isInteger else { return nil }
    return Int(String(decoding: bytes[start..<index], as: UTF8.self))
  }

  private mutating func readFindings() throws(BaselineParseError) -> [BaselineEntry] {
    skipWhitespace()
    guard current == UInt8(ascii: "[") else { throw failure("'findings' must be a list of objects") }
    index += 1
    var entries: [BaselineEntry] = []
    // Room for as many findings as the file can hold, so that the list never grows by copying
    // (which doubled the peak); pages never written to cost address space, not memory.
    entries.reserveCapacity((bytes.count - index) / Self.smallestFindingSize + 1)
    var first = true
    while try nextElement(first: &first) {
      entries.append(try readFinding(number: entries.count + 1))
    }
    return entries
  }

  /// The members of a finding the baseline knows.
  private static let findingMembers = ["fingerprint", "rule", "file", "component", "message"]

  private mutating func readFinding(number: Int) throws(BaselineParseError) -> BaselineEntry {
    let start = index
    guard current == UInt8(ascii: "{") else { throw failure("finding \(number) is not an object") }
    index += 1
    // fingerprint, rule, file, component, message: read or not, and their values.
    var seen = [false, false, false, false, false]
    var values: [String?] = [nil, nil, nil, nil, nil]
    var first = true
    while let member = try nextMember(first: &first) {
      guard let field = Self.findingMembers.firstIndex(of: member.name) else {
        try skipValue()
        continue
      }
      guard !seen[field] else { throw failure("finding \(number) gives '\(member.name)' twice", at: member.start) }
      seen[field] = true
      let isComponent = field == 3
      if isComponent && current == UInt8(ascii: "n") {
        try skipLiteral("null")
        continue
      }
      guard current == UInt8(ascii: "\"") else {
        throw failure("finding \(number): '\(member.name)' must be a string\(isComponent ? " or null" : "")")
      }
      values[field] = try readString()
    }
    guard let fingerprint = values[0], let rule = values[1], let file = values[2] else {
      throw failure("finding \(number) lacks 'fingerprint', 'rule' or 'file'", at: start)
    }
    return BaselineEntry(
      fingerprint: FindingFingerprint(value: fingerprint), rule: rule, file: file, component: values[3],
      message: values[4] ?? "")
  }

  // MARK: JSON structure

  /// Steps to the next member of an object whose `{` has been read: its key and where the key
  /// starts, or `nil` after the closing `}`.
  private mutating func nextMember(first: inout Bool) throws(BaselineParseError) -> (name: String, start: Int)? {
    skipWhitespace()
    if current == UInt8(ascii: "}") && first {
      index += 1
      return nil
    }
    if !first {
      if current == UInt8(ascii: "}") {
        index += 1
        return nil
      }
      guard current == UInt8(ascii: ",") else { throw failure("expected ',' or '}', found \(describeCurrent())") }
      index += 1
      skipWhitespace()
    }
    first = false
    let keyStart = index
    guard current == UInt8(ascii: "\"") else { throw failure("expected a member name, found \(describeCurrent())") }
    let key = try readString()
    skipWhitespace()
    guard current == UInt8(ascii: ":") else { throw failure("expected ':', found \(describeCurrent())") }
    index += 1
    skipWhitespace()
    return (key, keyStart)
  }

  /// Steps to the next element of an array whose `[` has been read: `true` when there is one
  /// (the position is then at its start), `false` after the closing `]`.
  private mutating func nextElement(first: inout Bool) throws(BaselineParseError) -> Bool {
    skipWhitespace()
    if current == UInt8(ascii: "]") {
      index += 1
      return false
    }
    if !first {
      guard current == UInt8(ascii: ",") else { throw failure("expected ',' or ']', found \(describeCurrent())") }
      index += 1
      skipWhitespace()
    }
    first = false
    return true
  }

  /// Skips one JSON value of any kind, checking its syntax, without recursion.
  private mutating func skipValue() throws(BaselineParseError) {
    var closers: [UInt8] = []
    repeat {
      skipWhitespace()
      switch current ?? 0 {
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        let closer = current == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
        index += 1
        skipWhitespace()
        if current == closer {
          index += 1
        } else {
          guard closers.count < Self.maximumDepth else { throw failure("the values are nested too deeply") }
          closers.append(closer)
          if closer == UInt8(ascii: "}") { try skipMemberName() }
          continue
        }
      case UInt8(ascii: "\""): _ = try readString()
      case UInt8(ascii: "t"): try skipLiteral("true")
      case UInt8(ascii: "f"): try skipLiteral("false")
      case UInt8(ascii: "n"): try skipLiteral("null")
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): _ = try skipNumber()
      default: throw failure("expected a value, found \(describeCurrent())")
      }
      // A value is complete: close the containers it completes, or go on to the next element.
      while let closer = closers.last {
        skipWhitespace()
        if current == UInt8(ascii: ",") {
          index += 1
          if closer == UInt8(ascii: "}") { try skipMemberName() }
          break
        }
        guard current == closer else {
          throw failure("expected ',' or '\(Character(Unicode.Scalar(closer)))', found \(describeCurrent())")
        }
        index += 1
        closers.removeLast()
      }
    } while !closers.isEmpty
  }

  /// Skips `"name":` inside an object being skipped.
  private mutating func skipMemberName() throws(BaselineParseError) {
    skipWhitespace()
    guard current == UInt8(ascii: "\"") else { throw failure("expected a member name, found \(describeCurrent())") }
    _ = try readString()
    skipWhitespace()
    guard current == UInt8(ascii: ":") else { throw failure("expected ':', found \(describeCurrent())") }
    index += 1
  }

  private mutating func skipLiteral(_ literal: StaticString) throws(BaselineParseError) {
    let start = index
    for byte in UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount) {
      guard current == byte else { throw failure("expected a value, found \(describeCurrent(at: start))", at: start) }
      index += 1
    }
  }

  /// Skips a number as JSON writes it; returns whether it is a whole number (no fraction or
  /// exponent).
  private mutating func skipNumber() throws(BaselineParseError) -> Bool {
    let start = index
    if current == UInt8(ascii: "-") { index += 1 }
    guard let lead = current, isDigit(lead) else { throw failure("a number must have digits", at: start) }
    index += 1
    if lead != UInt8(ascii: "0") { skipDigits() }
    var whole = true
    if current == UInt8(ascii: ".") {
      index += 1
      guard let digit = current, isDigit(digit) else { throw failure("a number must have digits after '.'") }
      skipDigits()
      whole = false
    }
    if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
      index += 1
      if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
      guard let digit = current, isDigit(digit) else { throw failure("a number must have digits in its exponent") }
      skipDigits()
      whole = false
    }
    return whole
  }

  private mutating func skipDigits() {
    while let byte = current, isDigit(byte) { index += 1 }
  }

  private func isDigit(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
  }

  // MARK: Positions and messages

  var current: UInt8? { index < bytes.count ? bytes[index] : nil }

  private mutating func skipWhitespace() {
    while let byte = current,
      byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
        || byte == UInt8(ascii: "\t")
    {
      index += 1
    }
  }

  private func describeCurrent(at position: Int? = nil) -> String {
    let at = position ?? index
    return at < bytes.count ? describe(bytes[at]) : "the end of the file"
  }

  /// A byte as a message shows it: the character for printable ASCII, else its value.
  func describe(_ byte: UInt8) -> String {
    (0x21...0x7E).contains(byte) ? "'\(Character(Unicode.Scalar(byte)))'" : "byte 0x\(hex(byte))"
  }

  func hex<Value: BinaryInteger>(_ value: Value) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, (value is UInt8 ? 2 : 4) - digits.count)) + digits
  }

  /// The error `reason` at the byte `position` (the current one by default), with its line and
  /// column.
  func failure(_ reason: String, at position: Int? = nil) -> BaselineParseError {
    let end = min(position ?? index, bytes.count)
    var line = 1
    var column = 1
    var offset = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? min(3, end) : 0
    while offset < end {
      let byte = bytes[offset]
      if byte == UInt8(ascii: "\n")
        || (byte == UInt8(ascii: "\r") && (offset + 1 == bytes.count || bytes[offset + 1] != UInt8(ascii: "\n")))
      {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 && byte != UInt8(ascii: "\r") {
        column += 1
      }
      offset += 1
    }
    return BaselineParseError(line: line, column: column, reason: reason)
  }
}
