import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes output files atomically: a temporary file beside the target, then a rename, so a
/// reader never sees half a file and a failed run leaves the old file (or none) behind.
enum AtomicFile {
  /// Writes `bytes` to `path`.
  /// - Throws: `CommandFailure` when the file cannot be written; no temporary file remains.
  static func write(_ bytes: Data, to path: String) throws {
    let target = URL(fileURLWithPath: path)
    let temporary = target.deletingLastPathComponent()
      .appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).tmp")
    do {
      try bytes.write(to: temporary)
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw CommandFailure(message: "cannot write '\(path)': \(Self.reason(error))")
    }
    if rename(temporary.path, target.path) != 0 {
      let reason = String(cString: strerror(errno))
      try? FileManager.default.removeItem(at: temporary)
      throw CommandFailure(message: "cannot write '\(path)': \(reason)")
    }
  }

  /// Whether `first` and `second` name the same file (same path once resolved, or same inode).
  static func sameFile(_ first: String, _ second: String) -> Bool {
    let resolved = [first, second].map { URL(fileURLWithPath: $0).standardizedFileURL.resolvingSymlinksInPath().path }
    if resolved[0] == resolved[1] { return true }
    var one = stat()
    var two = stat()
    guard stat(first, &one) == 0, stat(second, &two) == 0 else { return false }
    return one.st_dev == two.st_dev && one.st_ino == two.st_ino
  }

  /// The POSIX reason behind a Foundation write error, lowercase.
  private static func reason(_ error: any Error) -> String {
    if let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError,
      underlying.domain == NSPOSIXErrorDomain
    {
      return String(cString: strerror(Int32(underlying.code)))
    }
    let nsError = error as NSError
    if nsError.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(nsError.code))) }
    if nsError.domain == NSCocoaErrorDomain, nsError.code == NSFileWriteNoPermissionError {
      return "permission denied"
    }
    if nsError.domain == NSCocoaErrorDomain, nsError.code == NSFileNoSuchFileError {
      return "no such directory"
    }
    return nsError.localizedDescription
  }
}
