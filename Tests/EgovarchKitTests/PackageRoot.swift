import Foundation

/// The package's root directory, found from this file's path.
enum PackageRoot {
  /// The root URL (the folder holding `Package.swift`).
  static let url = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The bundled models, sorted by name.
  static var models: [URL] {
    let folder = url.appendingPathComponent("models")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".xml") }.sorted().map { folder.appendingPathComponent($0) }
  }
}
