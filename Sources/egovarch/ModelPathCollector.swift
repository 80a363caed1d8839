import EgovarchKit

#if canImport(Glibc)
  import Glibc

  private let systemRead = Glibc.read
#elseif canImport(Darwin)
  import Darwin

  private let systemRead = Darwin.read
#endif

/// Expands the paths given on the command line into model files: files as given,
/// directories searched recursively for `*.xml`, in sorted order, each file once.
///
/// Files found in a directory are skipped when `excludes` says so (the configuration's
/// `exclude`), and, with a note, when their root element shows they are some other XML (a
/// JUnit report from an earlier run); files named on the command line are always validated.
///
/// A scan stays inside the tree it was asked for: a symbolic link is followed only when its
/// target lies inside the directory given on the command line, otherwise it is skipped with a
/// note. A directory already visited (by its real path) is not scanned again, so a link loop
/// cannot make the scan run forever. Nothing that could be a model is dropped silently: a
/// dangling `*.xml` link, a folder that cannot be entered, a path longer than `PATH_MAX` and a
/// name that is not UTF-8 are failures naming the path (escaped).
struct ModelPathCollector {
  /// The files found, in order.
  private(set) var files: [String] = []
  /// Paths that could not be used, with the reason (the command fails).
  private(set) var failures: [String] = []
  /// What was passed over on purpose, with the reason (printed as notes).
  private(set) var notes: [String] = []
  /// Whether a file found in a directory is left out.
  var excludes: (String) -> Bool = { _ in false }
  private var seenFiles: Set<String> = []
  /// What was found below each directory scanned, by real path (empty while it is being scanned).
  private var visited: [[UInt8]: Tally] = [:]
  /// How much of a file is read to find its root element.
  static let sniffLength = 65_536

  /// What a scan of one directory found.
  private struct Tally {
    /// `*.xml` files that are (or may be) models, including those that failed.
    var candidates = 0
    /// `*.xml` files passed over because they are other XML.
    var otherXML = 0
  }

  /// Adds `path`, a file or a directory.
  mutating func add(_ path: String) {
    let shown = path.terminalSafe
    var info = stat()
    guard stat(path, &info) == 0 else {
      switch errno {
      case ENOENT, ENOTDIR: failures.append("no such file or directory: '\(shown)'")
      case ENAMETOOLONG: failures.append(Self.tooLong(shown))
      case ELOOP: failures.append("cannot read '\(shown)': it is a symbolic link loop")
      default: failures.append("cannot read '\(shown)': \(String(cString: strerror(errno)))")
      }
      return
    }
    guard (info.st_mode & S_IFMT) == S_IFDIR else {
      addFile(path)
      return
    }
    let root = PathBytes(path)
    guard let real = Self.realPath(root) else {
      failures.append("cannot read directory '\(shown)': \(String(cString: strerror(errno)))")
      return
    }
    let failuresBefore = failures.count
    let tally = scan(root, real: real, tree: real)
    // A path that failed was named already: no second message about the same directory.
    if tally.candidates == 0 && failures.count == failuresBefore {
      if tally.otherXML > 0 {
        let skipped = tally.otherXML == 1 ? "1 other XML document" : "\(tally.otherXML) other XML documents"
        failures.append("no architecture models in directory '\(shown)' (skipped \(skipped))")
      } else {
        failures.append("no model files (*.xml) in directory '\(shown)'")
      }
    }
  }

  private mutating func addFile(_ path: String) {
    let key = Self.realPath(PathBytes(path)).flatMap { String(validating: $0, as: UTF8.self) } ?? path
    if seenFiles.insert(key).inserted { files.append(path) }
  }

  /// Adds the models below `directory`, whose real path is `real`, inside the tree `tree`, and
  /// returns what it holds (counting files added before: a directory named twice is no failure).
  private mutating func scan(_ directory: PathBytes, real: [UInt8], tree: [UInt8]) -> Tally {
    // A directory seen before gives its earlier tally; one being scanned (a link back) gives nothing.
    if let known = visited[real] { return known }
    visited[real] = Tally()
    var tally = Tally()
    let shown = directory.escaped
    guard let stream = directory.withCString({ opendir($0) }) else {
      if errno == ENAMETOOLONG {
        failures.append(Self.tooLong(shown))
      } else {
        failures.append("cannot read directory '\(shown)': \(String(cString: strerror(errno)))")
      }
      return tally
    }
    var names: [[UInt8]] = []
    while let entry = readdir(stream) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        Array(raw.prefix { $0 != 0 })
      }
      if name.first != UInt8(ascii: ".") { names.append(name) }
    }
    closedir(stream)
    names.sort { $0.lexicographicallyPrecedes($1) }
    for name in names {
      let path = directory.appending(name)
      let isXML = Self.hasXMLSuffix(name)
      var info = stat()
      guard path.withCString({ lstat($0, &info) }) == 0 else {
        switch errno {
        case ENAMETOOLONG:
          failures.append(Self.tooLong(path.escaped))
          continue
        case EACCES:
          failures.append("cannot enter directory '\(shown)': permission denied")
          return tally
        default:
          failures.append("cannot read '\(path.escaped)': \(String(cString: strerror(errno)))")
          continue
        }
      }
      var kind = info.st_mode & S_IFMT
      var target = path.bytes
      if kind == S_IFLNK {
        guard path.withCString({ stat($0, &info) }) == 0 else {
          if isXML {
            tally.candidates += 1
            failures.append(Self.brokenLink(path, errno: errno))
          }
          continue
        }
        kind = info.st_mode & S_IFMT
        guard kind == S_IFDIR || isXML else { continue }
        guard let resolved = Self.realPath(path) else {
          if isXML { tally.candidates += 1 }
          failures.append("cannot read '\(path.escaped)': \(String(cString: strerror(errno)))")
          continue
        }
        guard Self.isInside(resolved, tree: tree) else {
          notes.append(
            "not following '\(path.escaped)': it links to '\(PathBytes(bytes: resolved).escaped)', "
              + "outside the directory being scanned")
          continue
        }
        target = resolved
      }
      if kind == S_IFDIR {
        if let string = path.string, excludes(string) { continue }
        let found = scan(path, real: target != path.bytes ? target : Self.realPath(path) ?? path.bytes, tree: tree)
        tally.candidates += found.candidates
        tally.otherXML += found.otherXML
        continue
      }
      guard isXML else { continue }
      guard let string = path.string else {
        tally.candidates += 1
        failures.append("cannot read '\(path.escaped)': its name is not valid UTF-8; rename it")
        continue
      }
      if excludes(string) {
        tally.candidates += 1
        continue
      }
      if kind == S_IFREG, let root = Self.rootElement(of: path), root != "architecture" {
        tally.otherXML += 1
        let shownRoot = root.count > 64 ? String(root.prefix(64)) + "…" : root
        notes.append(
          "skipping '\(path.escaped)': its root element is '\(shownRoot.terminalSafe)', not an architecture model")
        continue
      }
      tally.candidates += 1
      addFile(string)
    }
    visited[real] = tally
    return tally
  }

  /// The root element's name of the regular file at `path`, when its first bytes show one.
  private static func rootElement(of path: PathBytes) -> String? {
    let descriptor = path.withCString { open($0, O_RDONLY | O_CLOEXEC | O_NONBLOCK) }
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var buffer = [UInt8](repeating: 0, count: sniffLength)
    var total = 0
    while total < sniffLength {
      let count = buffer.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress! + total, sniffLength - total) }
      if count < 0 && errno == EINTR { continue }
      if count <= 0 { break }
      total += count
    }
    return DocumentSniffer.rootElementName(in: Array(buffer.prefix(total)))
  }

  /// The message for a symbolic link whose target cannot be reached.
  private static func brokenLink(_ path: PathBytes, errno code: Int32) -> String {
    if code == ELOOP { return "cannot read '\(path.escaped)': it is a symbolic link loop" }
    var buffer = [UInt8](repeating: 0, count: Int(PATH_MAX))
    let length = path.withCString { pathname in
      buffer.withUnsafeMutableBytes {
        readlink(pathname, $0.baseAddress!.assumingMemoryBound(to: CChar.self), $0.count)
      }
    }
    guard length > 0, code == ENOENT else {
      return "cannot read '\(path.escaped)': \(String(cString: strerror(code)))"
    }
    let target = PathBytes(bytes: Array(buffer.prefix(length))).escaped
    return "cannot read '\(path.escaped)': it is a symbolic link to '\(target)', which does not exist"
  }

  /// The message for a path the system refuses as too long.
  private static func tooLong(_ shown: String) -> String {
    "cannot read '\(shown)': its path is longer than the system allows (PATH_MAX, \(PATH_MAX) bytes)"
  }

  /// Whether `name` ends in `.xml`, in any case.
  private static func hasXMLSuffix(_ name: [UInt8]) -> Bool {
    guard name.count >= 4 else { return false }
    return name.suffix(4).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 } == Array(".xml".utf8)
  }

  /// Whether the real path `path` is `tree` or lies below it.
  private static func isInside(_ path: [UInt8], tree: [UInt8]) -> Bool {
    if path == tree || tree == [UInt8(ascii: "/")] { return true }
    return path.count > tree.count && path.starts(with: tree) && path[tree.count] == UInt8(ascii: "/")
  }

  /// The real path of `path` (links resolved), or `nil` with `errno` set.
  private static func realPath(_ path: PathBytes) -> [UInt8]? {
    guard let resolved = path.withCString({ realpath($0, nil) }) else { return nil }
    defer { free(resolved) }
    return Array(UnsafeBufferPointer(start: resolved, count: strlen(resolved))).map { UInt8(bitPattern: $0) }
  }
}
