/// The XML namespace of the architecture description format, version 1.
public enum ArchitectureNamespace {
  /// `urn:egovarch:architecture:1`.
  public static let uri = "urn:egovarch:architecture:1"
}
