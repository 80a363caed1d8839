import Foundation

/// Expands the paths given on the command line into model files: files as given,
/// directories searched recursively for `*.xml`, in sorted order, each file once.
///
/// Files found in a directory are skipped when `excludes` says so (the configuration's
/// `exclude`); files named on the command line are always validated.
///
/// Symbolic links to directories are followed once: a directory already visited (by its
/// real path) is skipped, so a link loop cannot make the scan run forever.
struct ModelPathCollector {
  /// The files found, in order.
  private(set) var files: [String] = []
  /// Paths that could not be used, with the reason.
  private(set) var failures: [String] = []
  /// Whether a file found in a directory is left out.
  var excludes: (String) -> Bool = { _ in false }
  private var seenFiles: Set<String> = []
  /// The number of models found below each directory scanned, by real path.
  private var modelCounts: [String: Int] = [:]

  /// Adds `path`, a file or a directory.
  mutating func add(_ path: String) {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      failures.append("no such file or directory: '\(path)'")
      return
    }
    if isDirectory.boolValue {
      if scan(directory: path) == 0 {
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

  /// Adds the models below `directory`; returns how many it holds, counting those already added.
  @discardableResult
  private mutating func scan(directory: String) -> Int {
    let real = URL(fileURLWithPath: directory).resolvingSymlinksInPath().path
    if let known = modelCounts[real] { return known }
    modelCounts[real] = 0  // a link back to a directory being scanned adds nothing
    guard let entries = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
      failures.append("cannot read directory '\(directory)'")
      return 0
    }
    var found = 0
    for entry in entries.sorted() where !entry.hasPrefix(".") {
      let path = directory.hasSuffix("/") ? directory + entry : directory + "/" + entry
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        continue  // a dangling symbolic link
      }
      if isDirectory.boolValue {
        if !excludes(path) { found += scan(directory: path) }
      } else if entry.lowercased().hasSuffix(".xml") {
        if !excludes(path) { addFile(path) }
        found += 1
      }
    }
    modelCounts[real] = found
    return found
  }
}
