/// The XML namespace of framework files, version 1.
public enum FrameworkNamespace {
  /// `urn:egovarch:framework:1`.
  public static let uri = "urn:egovarch:framework:1"
}
