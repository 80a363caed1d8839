import Yams

extension Configuration {
  /// Reads and checks the configuration file at `path`.
  ///
  /// The file is read like a model (``ModelFileReader``): regular files only, so a pipe or a
  /// device can neither hang nor flood egovarch, and at most ``sizeLimit`` bytes. It must be
  /// UTF-8.
  /// - Parameters:
  ///   - path: the file, absolute or relative to `currentDirectory`; error messages name it
  ///     as given.
  ///   - currentDirectory: the absolute directory a relative `path` starts from; `nil` for
  ///     the process's current directory.
  ///   - origin: how the file was found, which decides what of its text a message may quote
  ///     (``ConfigurationOrigin``).
  /// - Throws: `ConfigurationError` when the file cannot be read or says something wrong.
  public static func load(
    path: String, currentDirectory: String? = nil, origin: ConfigurationOrigin = .named
  ) throws(ConfigurationError) -> Configuration {
    // The file system resolves the path itself (`..` after a symbolic link included).
    let readPath = path.hasPrefix("/") ? path : currentDirectory.map { $0 + "/" + path } ?? path
    let bytes: [UInt8]
    do {
      bytes = try ModelFileReader.read(readPath, sizeLimit: sizeLimit)
    } catch {
      throw ConfigurationError(file: path, line: 0, column: 0, message: message(for: error))
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      let position = invalidUTF8Position(in: bytes)
      throw ConfigurationError(
        file: path, line: position.line, column: position.column, message: "the file is not UTF-8")
    }
    let segments = LexicalPath.segments(
      of: path, currentDirectory: currentDirectory ?? LexicalPath.processCurrentDirectory())
    let directory = "/" + segments.dropLast().joined(separator: "/")
    return try Configuration(yaml: text, path: path, directory: directory, origin: origin)
  }

  /// Parses and checks a configuration's text.
  /// - Parameters:
  ///   - yaml: the text of the file.
  ///   - path: the file's path as error messages should name it.
  ///   - directory: the absolute directory relative paths in the file start from; "" to
  ///     leave them relative to the current directory.
  ///   - origin: how the text was found; a message quotes nothing of a named file's text
  ///     before it has parsed as YAML.
  /// - Throws: `ConfigurationError` at the first problem: invalid YAML (at the place Yams
  ///   reports), an anchor or alias, a top level that is not a mapping, a duplicate or
  ///   unknown key, a value of the wrong type, an unknown rule id, severity or threshold, a
  ///   bad exclude pattern.
  public init(
    yaml: String, path: String, directory: String, origin: ConfigurationOrigin = .discovered
  ) throws(ConfigurationError) {
    try YAMLAliasScreen.check(yaml, file: path, quotingText: origin == .discovered)
    let root: Node?
    do {
      root = try Parser(yaml: yaml, resolver: .default, constructor: .default, encoding: .utf8).singleRoot()
    } catch {
      throw ConfigurationReader.translate(error, in: yaml, file: path)
    }
    self = try ConfigurationReader(file: path, directory: directory).configuration(from: root)
  }

  private static func message(for error: ModelFileError) -> String {
    switch error {
    case .notFound: return "no such file"
    case .isDirectory: return "this is a directory, not a configuration file"
    case .notRegularFile: return "not a regular file (a device, pipe or socket is never read)"
    case .permissionDenied: return "permission denied"
    case .tooLarge(_, let size, let limit):
      return "a configuration file cannot be larger than \(limit / 1_048_576) MiB (this one has \(size) bytes)"
    case .readFailed(_, let reason): return "cannot read the file: \(reason)"
    }
  }

  /// The line and column (in Unicode scalars) of the first byte that is not valid UTF-8.
  private static func invalidUTF8Position(in bytes: [UInt8]) -> (line: Int, column: Int) {
    var validCount = 0
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    while case .valid(let encoded) = parser.parseScalar(from: &iterator) { validCount += encoded.count }
    let valid = String(decoding: bytes[..<validCount], as: UTF8.self)
    return ConfigurationReader.position(of: valid.endIndex, in: valid)
  }
}
