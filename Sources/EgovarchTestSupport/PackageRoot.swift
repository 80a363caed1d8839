import Foundation

/// The package's root directory and bundled models, found from this file's path.
///
/// For the tests only: a built binary does not know where its sources are.
public enum PackageRoot {
  /// The root URL (the folder holding `Package.swift`).
  public static let url = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The folder of bundled models (`models/`).
  public static let modelsFolder = url.appendingPathComponent("models")

  /// The bundled models, sorted by name.
  public static var models: [URL] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: modelsFolder.path)) ?? []
    return names.filter { $0.hasSuffix(".xml") }.sorted().map { modelsFolder.appendingPathComponent($0) }
  }
}
