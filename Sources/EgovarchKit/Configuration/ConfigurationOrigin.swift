/// How a configuration file came to be read, which decides how much of its text an error
/// message may quote.
///
/// A file's text is quoted only in short, escaped excerpts, and only when it is what it
/// claims to be: a discovered `.egovarch.yml` (a regular file inside the repository it was
/// found in, ``Configuration/discover(startingAt:currentDirectory:)``), or a file named
/// with `--config` once it has parsed as YAML. Before that, a named file may be anything
/// (`--config /etc/shadow`), so nothing of its text is shown.
public enum ConfigurationOrigin: Sendable {
  /// Found by ``Configuration/discover(startingAt:currentDirectory:)``.
  case discovered
  /// Named on the command line.
  case named
}
