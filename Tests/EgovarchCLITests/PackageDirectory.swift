import Foundation

/// The package's directories, found from this file's path.
enum PackageDirectory {
  /// The package root (the folder holding `Package.swift`).
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The folder of bundled models.
  static let models = root.appendingPathComponent("models")
}
