import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes output files atomically (the CLI's `-o` and `--write-baseline`, the benchmark's models): a temporary file beside the target, then a rename, so a
/// reader never sees half a file and a failed run leaves the old file (or none) behind.
///
/// A symbolic link stays a link: the file it names is replaced. `/dev/stdout` and
/// `/dev/stderr` are the standard streams, and a path that exists but is not a regular file
/// (`/dev/null`, a named pipe) is written into: neither is ever replaced. The temporary file is
/// removed when the write fails and when the program is interrupted (`SignalCleanup`, once
/// installed).
public enum AtomicFileWriter {
  /// Where a path's bytes go.
  private enum Destination {
    /// One of the standard streams, through this descriptor.
    case standardStream(Int32)
    /// A device or a named pipe, written into.
    case inPlace(isPipe: Bool)
    /// A regular file (or none yet) at `target` (links resolved), replaced by a temporary file
    /// that takes the permissions `mode` of the file it replaces, if any.
    case replacement(target: String, mode: mode_t?)
  }

  /// Writes `bytes` to `path`.
  /// - Throws: `FileWriteError` when the file cannot be written; no temporary file remains.
  public static func write(_ bytes: some ContiguousBytes, to path: String) throws(FileWriteError) {
    switch try destination(of: path) {
    case .standardStream(let descriptor): try writeAll(bytes, to: descriptor, path: path)
    case .inPlace(let isPipe): try writeInPlace(bytes, to: path, isPipe: isPipe)
    case .replacement(let target, let mode):
      let temporary = temporaryPath(beside: target)
      // Registered before it exists: SIGINT or SIGTERM from here on removes it.
      SignalCleanup.setTemporaryFile(temporary)
      defer { SignalCleanup.setTemporaryFile(nil) }
      try writeTemporary(bytes, at: temporary, mode: mode, path: path)
      if rename(temporary, target) != 0 {
        let reason = Self.reason(errno)
        unlink(temporary)
        throw FileWriteError(path: path, reason: reason)
      }
    }
  }

  /// Writes several files together: all of them, or, when one cannot be written, none that
  /// this call replaces or creates (the reports of one run are published together or not at all).
  ///
  /// Every regular file is first written to a temporary file beside it; then the devices and
  /// named pipes among the paths are written into; only when all that succeeded are the
  /// temporary files renamed over their targets. A failure before the renames removes every
  /// temporary file and leaves every regular file as it was; a rename that fails (rare: the
  /// folder was removed meanwhile) also removes the files the earlier renames put in place.
  /// What was written into a device or a pipe cannot be taken back.
  /// - Throws: `FileWriteError` about the first path that could not be written.
  public static func write(_ files: [(path: String, bytes: Data)]) throws(FileWriteError) {
    var pending: [(temporary: String, target: String, path: String)] = []
    defer { SignalCleanup.setTemporaryFiles([]) }
    do throws(FileWriteError) {
      var direct: [(path: String, bytes: Data, destination: Destination)] = []
      for file in files {
        let destination = try destination(of: file.path)
        guard case .replacement(let target, let mode) = destination else {
          direct.append((file.path, file.bytes, destination))
          continue
        }
        let temporary = temporaryPath(beside: target)
        pending.append((temporary, target, file.path))
        SignalCleanup.setTemporaryFiles(pending.map(\.temporary))
        try writeTemporary(file.bytes, at: temporary, mode: mode, path: file.path)
      }
      for file in direct {
        switch file.destination {
        case .standardStream(let descriptor): try writeAll(file.bytes, to: descriptor, path: file.path)
        case .inPlace(let isPipe): try writeInPlace(file.bytes, to: file.path, isPipe: isPipe)
        case .replacement: break
        }
      }
    } catch {
      for file in pending { unlink(file.temporary) }
      throw error
    }
    for (index, file) in pending.enumerated() {
      guard rename(file.temporary, file.target) != 0 else { continue }
      let reason = Self.reason(errno)
      for earlier in pending[..<index] { unlink(earlier.target) }
      for later in pending[index...] { unlink(later.temporary) }
      throw FileWriteError(path: file.path, reason: reason)
    }
  }

  /// Where the bytes for `path` go.
  /// - Throws: `FileWriteError` when `path` is a directory.
  private static func destination(of path: String) throws(FileWriteError) -> Destination {
    if let descriptor = standardDescriptors[path] { return .standardStream(descriptor) }
    var info = stat()
    let exists = stat(path, &info) == 0
    if exists, (info.st_mode & S_IFMT) == S_IFDIR {
      throw FileWriteError(path: path, reason: "it is a directory")
    }
    if exists, (info.st_mode & S_IFMT) != S_IFREG {
      return .inPlace(isPipe: (info.st_mode & S_IFMT) == S_IFIFO)
    }
    let target = exists ? URL(fileURLWithPath: path).resolvingSymlinksInPath().path : path
    return .replacement(target: target, mode: exists ? info.st_mode & 0o7777 : nil)
  }

  /// A new name for a temporary file in the folder of `target`.
  private static func temporaryPath(beside target: String) -> String {
    let url = URL(fileURLWithPath: target)
    return url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
      .path
  }

  /// Creates the file `temporary` with `bytes` (and the permissions `mode`, when given), for the
  /// output `path`.
  /// - Throws: `FileWriteError` when it cannot be written in full; it is then removed.
  private static func writeTemporary(
    _ bytes: some ContiguousBytes, at temporary: String, mode: mode_t?, path: String
  ) throws(FileWriteError) {
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else {
      throw FileWriteError(path: path, reason: Self.reason(errno))
    }
    do throws(FileWriteError) {
      try writeAll(bytes, to: descriptor, path: path)
      // The replacement keeps the permissions of the file it replaces.
      if let mode { fchmod(descriptor, mode) }
      if close(descriptor) != 0 {
        throw FileWriteError(path: path, reason: Self.reason(errno))
      }
    } catch {
      unlink(temporary)
      throw error
    }
  }

  /// Writes into a device or a named pipe, which is neither created nor truncated nor replaced.
  ///
  /// The file is opened without blocking: a named pipe that nothing opens for reading within
  /// `readerWait` is refused instead of waiting forever, and a reader that stops reading fails the write after
  /// `DescriptorWriter.stallLimit`.
  private static func writeInPlace(
    _ bytes: some ContiguousBytes, to path: String, isPipe: Bool
  ) throws(FileWriteError) {
    var descriptor = open(path, O_WRONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
    // A reader may be about to open the pipe: it is given `readerWait` seconds.
    var waited = 0.0
    while descriptor < 0 && errno == ENXIO && isPipe && waited < readerWait {
      usleep(50_000)
      waited += 0.05
      descriptor = open(path, O_WRONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
    }
    guard descriptor >= 0 else {
      if errno == ENXIO && isPipe {
        throw FileWriteError(path: path, reason: "it is a named pipe that nothing is reading")
      }
      throw FileWriteError(path: path, reason: Self.reason(errno))
    }
    defer { close(descriptor) }
    try writeAll(bytes, to: descriptor, path: path)
  }

  /// How long a named pipe given as the output may wait for a reader, in seconds.
  public static let readerWait = 20.0

  /// The names of standard output and error, written through the descriptors this process
  /// already has, so that a redirection with `>>` still appends.
  private static let standardDescriptors: [String: Int32] = [
    "/dev/stdout": STDOUT_FILENO, "/dev/fd/1": STDOUT_FILENO, "/proc/self/fd/1": STDOUT_FILENO,
    "/dev/stderr": STDERR_FILENO, "/dev/fd/2": STDERR_FILENO, "/proc/self/fd/2": STDERR_FILENO,
  ]

  /// Writes all of `bytes` to the open file `descriptor`, which is `path`.
  /// - Throws: `FileWriteError` when a write fails.
  private static func writeAll(_ bytes: some ContiguousBytes, to descriptor: Int32, path: String) throws(FileWriteError)
  {
    do {
      try DescriptorWriter.writeAll(bytes, to: descriptor) { reason in FileWriteError(path: path, reason: reason) }
    } catch let error as FileWriteError {
      throw error
    } catch {
      throw FileWriteError(path: path, reason: "\(error)")
    }
  }

  /// Creates the directory `path` and its missing parents.
  /// - Throws: `FileWriteError` when one cannot be created.
  public static func createDirectory(_ path: String) throws(FileWriteError) {
    var prefix = path.hasPrefix("/") ? "/" : ""
    for part in path.split(separator: "/") {
      prefix += part + "/"
      if mkdir(prefix, 0o755) != 0 && errno != EEXIST {
        throw FileWriteError(path: path, reason: Self.reason(errno))
      }
    }
  }

  /// Whether `first` and `second` name the same file (same path once resolved, or same inode).
  public static func sameFile(_ first: String, _ second: String) -> Bool {
    let resolved = [first, second].map { URL(fileURLWithPath: $0).standardizedFileURL.resolvingSymlinksInPath().path }
    if resolved[0] == resolved[1] { return true }
    var one = stat()
    var two = stat()
    guard stat(first, &one) == 0, stat(second, &two) == 0 else { return false }
    return one.st_dev == two.st_dev && one.st_ino == two.st_ino
  }

  /// The reason for the error `code`, lowercase.
  private static func reason(_ code: Int32) -> String {
    String(cString: strerror(code)).lowercased()
  }
}
