#if canImport(Glibc)
  import Glibc

  private let systemWrite = Glibc.write
#elseif canImport(Darwin)
  import Darwin

  private let systemWrite = Darwin.write
#endif

/// Writes generated files atomically: a temporary file in the target's directory, then a
/// rename, so that a reader never sees half a model and a failed run leaves nothing behind.
enum AtomicFileWriter {
  /// Writes `bytes` to `path`.
  /// - Throws: `BenchError` when the file cannot be written; no temporary file remains.
  static func write(_ bytes: [UInt8], to path: String) throws(BenchError) {
    let slash = path.lastIndex(of: "/")
    let directory = slash.map { String(path[...$0]) } ?? ""
    let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
    let temporary = "\(directory).\(name).\(getpid()).tmp"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw .cannotWrite(path: path, reason: Self.reason()) }
    var written = 0
    while written < bytes.count {
      let count = bytes.withUnsafeBytes { buffer in
        systemWrite(descriptor, buffer.baseAddress! + written, bytes.count - written)
      }
      if count < 0 {
        if errno == EINTR { continue }
        let reason = Self.reason()
        close(descriptor)
        unlink(temporary)
        throw .cannotWrite(path: path, reason: reason)
      }
      written += count
    }
    guard close(descriptor) == 0, rename(temporary, path) == 0 else {
      let reason = Self.reason()
      unlink(temporary)
      throw .cannotWrite(path: path, reason: reason)
    }
  }

  /// Creates the directory `path` and its missing parents.
  /// - Throws: `BenchError` when one cannot be created.
  static func createDirectory(_ path: String) throws(BenchError) {
    var prefix = path.hasPrefix("/") ? "/" : ""
    for part in path.split(separator: "/") {
      prefix += part + "/"
      if mkdir(prefix, 0o755) != 0 && errno != EEXIST {
        throw .cannotWrite(path: path, reason: Self.reason())
      }
    }
  }

  private static func reason() -> String {
    String(cString: strerror(errno))
  }
}
