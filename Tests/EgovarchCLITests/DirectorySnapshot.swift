import Foundation

/// Every path below a directory with its size, to tell what a command created, changed or left
/// behind.
struct DirectorySnapshot: Equatable {
  /// The paths, relative to the directory, with the size of each regular file.
  ///
  /// Folders, links, pipes and the like have -1. Symbolic links are not followed.
  var sizes: [String: Int64]

  /// Takes the snapshot of `directory`.
  init(of directory: TemporaryDirectory) throws {
    sizes = [:]
    for path in try FileManager.default.subpathsOfDirectory(atPath: directory.url.path) {
      let attributes = try FileManager.default.attributesOfItem(atPath: directory.url(of: path).path)
      let isRegular = attributes[.type] as? FileAttributeType == .typeRegular
      sizes[path] = isRegular ? (attributes[.size] as? NSNumber)?.int64Value ?? 0 : -1
    }
  }

  /// The paths, sorted.
  var paths: [String] { sizes.keys.sorted() }

  /// The paths that are here but not in `earlier`, sorted.
  func added(since earlier: DirectorySnapshot) -> [String] {
    sizes.keys.filter { earlier.sizes[$0] == nil }.sorted()
  }

  /// The paths of `earlier` that are gone or whose size changed, sorted.
  func changed(since earlier: DirectorySnapshot) -> [String] {
    earlier.sizes.filter { sizes[$0.key] != $0.value }.keys.sorted()
  }
}
