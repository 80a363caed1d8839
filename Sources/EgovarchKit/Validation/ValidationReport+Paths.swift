extension ValidationReport {
  /// The report with every file named by its absolute path, relative names taken from
  /// `workingDirectory` (`.` and `..` resolved textually).
  ///
  /// The command line names files from the working directory, while the machine formats name
  /// them from the base directory (`--base-dir`, by default the repository's root): once
  /// absolute, a file is named the same way whatever directory the run started in.
  public func resolvingPaths(from workingDirectory: String) -> ValidationReport {
    ValidationReport(
      files: files.map { file in
        var resolved = file
        resolved.path = RelativePath.absolute(file.path, base: workingDirectory)
        for index in resolved.findings.indices {
          resolved.findings[index].location.file = RelativePath.absolute(
            resolved.findings[index].location.file, base: workingDirectory)
        }
        return resolved
      })
  }
}
