import EgovarchKit
import Foundation
import Testing

/// The default base directory is the top of the git working tree, found by walking up for a
/// `.git` directory or a `.git` file that starts with `gitdir:`, never by running git.
@Suite struct RepositoryRootTests {
  /// A fresh temporary folder, removed with its content by the caller.
  private static func makeFolder() throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("egovarch-repo-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder.path
  }

  /// Creates `path` (relative to `root`) as a folder, with its parents.
  private static func makeFolder(_ path: String, in root: String) throws {
    try FileManager.default.createDirectory(atPath: root + "/" + path, withIntermediateDirectories: true)
  }

  @Test func aGitDirectoryMarksTheTopFromAnyDepth() throws {
    let root = try Self.makeFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    try Self.makeFolder("repo/.git", in: root)
    try Self.makeFolder("repo/provinces/lai-chau/models", in: root)
    #expect(RepositoryRoot.enclosing(root + "/repo/provinces/lai-chau/models") == root + "/repo")
    #expect(RepositoryRoot.enclosing(root + "/repo") == root + "/repo")
    // Relative to a current directory, with `..` resolved on the text.
    #expect(
      RepositoryRoot.enclosing("provinces/./lai-chau/../lai-chau", currentDirectory: root + "/repo")
        == root + "/repo")
  }

  @Test func aGitdirFileMarksAWorktreeOrASubmodule() throws {
    let root = try Self.makeFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    try Self.makeFolder("outer/.git", in: root)
    try Self.makeFolder("outer/vendor/submodule/models", in: root)
    try Data("gitdir: ../../.git/modules/submodule\n".utf8).write(
      to: URL(fileURLWithPath: root + "/outer/vendor/submodule/.git"))
    // The nearest marker wins: the submodule, not the repository around it.
    #expect(RepositoryRoot.enclosing(root + "/outer/vendor/submodule/models") == root + "/outer/vendor/submodule")
    #expect(RepositoryRoot.enclosing(root + "/outer/vendor") == root + "/outer")
  }

  @Test func otherThingsNamedGitAreNotMarkers() throws {
    let root = try Self.makeFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    try Self.makeFolder("repo/.git", in: root)
    try Self.makeFolder("repo/a/b", in: root)
    // A `.git` file that is not a `gitdir:` file, and an empty one, are passed over.
    try Data("not a git link\n".utf8).write(to: URL(fileURLWithPath: root + "/repo/a/.git"))
    try Data().write(to: URL(fileURLWithPath: root + "/repo/a/b/.git"))
    #expect(RepositoryRoot.enclosing(root + "/repo/a/b") == root + "/repo")
  }

  @Test func outsideAnyWorkingTreeThereIsNone() throws {
    let root = try Self.makeFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    try Self.makeFolder("plain/models", in: root)
    // The temporary directory is not inside a repository on the machines that run the tests.
    try #require(RepositoryRoot.enclosing(FileManager.default.temporaryDirectory.path) == nil)
    #expect(RepositoryRoot.enclosing(root + "/plain/models") == nil)
  }
}
