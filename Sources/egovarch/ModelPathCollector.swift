import Foundation

/// Expands the paths given on the command line into model files: files as given,
/// directories searched recursively for `*.xml`, in sorted order, each file once.
///
/// Symbolic links to directories are followed once: a directory already visited (by its
/// real path) is skipped, so a link loop cannot make the scan run forever.
struct ModelPathCollector {
  /// The files found, in order.
  private(set) var files: [String] = []
  /// Paths that could not be used, with the reason.
  private(set) var failures: [String] = []
  private var seenFiles: Set<String> = []
  private var visitedDirectories: Set<String> = []

  /// Adds `path`, a file or a directory.
  mutating func add(_ path: String) {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      failures.append("no such file or directory: '\(path)'")
      return
    }
    if isDirectory.boolValue {
      let before = files.count
      scan(directory: path)
      if files.count == before {
        failures.append("no model files (*.xml) in directory '\(path)'")
      }
    } else {
      addFile(path)
    }
  }

  private mutating func addFile(_ path: String) {
    let key = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    if seenFiles.insert(key).inserted { files.append(path) }
  }

  private mutating func scan(directory: String) {
    let real = URL(fileURLWithPath: directory).resolvingSymlinksInPath().path
    guard visitedDirectories.insert(real).inserted else { return }
    guard let entries = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
      failures.append("cannot read directory '\(directory)'")
      return
    }
    for entry in entries.sorted() where !entry.hasPrefix(".") {
      let path = directory.hasSuffix("/") ? directory + entry : directory + "/" + entry
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        continue  // a dangling symbolic link
      }
      if isDirectory.boolValue {
        scan(directory: path)
      } else if entry.lowercased().hasSuffix(".xml") {
        addFile(path)
      }
    }
  }
}
