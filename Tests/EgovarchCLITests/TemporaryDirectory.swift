import Foundation

/// A fresh, empty directory under the system's temporary directory, removed with everything in
/// it when the last reference goes away.
///
/// Tests write their inputs here and run `egovarch` with this directory as the working
/// directory, so that the paths in its output are short and relative.
final class TemporaryDirectory: Sendable {
  /// The directory.
  let url: URL

  /// Creates a new directory with a unique name.
  init() throws {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("egovarch-cli-tests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit {
    // Give back the permissions a test took away, or the removal could fail half-way.
    Self.makeFoldersWritable(below: url.path)
    try? FileManager.default.removeItem(at: url)
  }

  /// Gives every real folder at and below `path` the mode 0700, never going through a symbolic
  /// link: chmod follows links, and a test's link to `/` would otherwise lock the machine.
  private static func makeFoldersWritable(below path: String) {
    var info = stat()
    guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return }
    chmod(path, 0o700)
    for entry in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] {
      makeFoldersWritable(below: path + "/" + entry)
    }
  }

  /// The URL of `name` (a relative path) inside the directory.
  func url(of name: String) -> URL {
    url.appendingPathComponent(name)
  }

  /// Writes `text` as UTF-8 to `name`, creating intermediate folders, and returns its URL.
  @discardableResult
  func write(_ text: String, to name: String) throws -> URL {
    try write(Data(text.utf8), to: name)
  }

  /// Writes `bytes` to `name`, creating intermediate folders, and returns its URL.
  @discardableResult
  func write(_ bytes: Data, to name: String) throws -> URL {
    let file = url(of: name)
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try bytes.write(to: file)
    return file
  }

  /// Creates the folder `name` (and its parents) and returns its URL.
  @discardableResult
  func makeFolder(_ name: String) throws -> URL {
    let folder = url(of: name)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  /// Creates a symbolic link at `name` whose target is `destination`, exactly as given.
  func makeSymbolicLink(_ name: String, to destination: String) throws {
    try FileManager.default.createSymbolicLink(atPath: url(of: name).path, withDestinationPath: destination)
  }

  /// Creates a named pipe at `name` with `/usr/bin/mkfifo`.
  func makeFIFO(_ name: String) async throws {
    let result = try await CommandRunner.run(
      URL(fileURLWithPath: "/usr/bin/mkfifo"), [name], in: url, timeout: .seconds(30))
    guard result.exitStatus == 0 else {
      throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "mkfifo failed: \(result)"])
    }
  }

  /// Sets the POSIX permissions of `name` to `mode`.
  func setPermissions(_ mode: Int, of name: String) throws {
    try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: url(of: name).path)
  }
}
