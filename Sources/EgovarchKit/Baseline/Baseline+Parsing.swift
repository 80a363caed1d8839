extension Baseline {
  /// Reads the JSON text of a baseline file (as `serialized()` writes it).
  ///
  /// The reader is strict: `version` must be the integer 1 or 2 (not `true`, not `1.0`), each
  /// finding's `fingerprint`, `rule` and `file` must be strings, `component` a string or
  /// `null`, `message` a string. Other members are skipped. It reads the entries straight
  /// from the bytes, without a document of dictionaries in between, and without recursion, so
  /// that memory stays close to the size of the entries and nesting cannot exhaust the stack.
  /// - Throws: `BaselineParseError` with the position of the first problem.
  public init(json bytes: consuming [UInt8]) throws(BaselineParseError) {
    var parser = BaselineParser(bytes: consume bytes)
    let (entries, version) = try parser.parse()
    // The text is no longer needed: let it go before the entries are sorted.
    parser = BaselineParser(bytes: [])
    self.init(entries: entries, version: version)
  }
}
