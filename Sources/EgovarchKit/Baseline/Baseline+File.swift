extension Baseline {
  /// The largest baseline file read, in bytes: 64 MiB.
  ///
  /// That is some 300,000 findings as `serialized()` writes them, or 1,400,000 of the smallest
  /// size; the reader keeps the peak under half the 512 MiB a run may take.
  public static let fileSizeLimit = 64 * 1_048_576

  /// Reads the baseline file at `path` (a regular file of at most `fileSizeLimit` bytes).
  /// - Throws: `ModelFileError` when the file cannot be read, `BaselineParseError` when it is
  ///   not a baseline.
  public init(fileAt path: String) throws {
    let bytes = try ModelFileReader.read(path, sizeLimit: Self.fileSizeLimit)
    // Handed over, so that the text is freed once read, before the entries are sorted.
    try self.init(json: consume bytes)
  }
}
