/// A text in both of egovarch's languages; every message is built with both.
public struct LocalizedText: Sendable, Hashable {
  /// The English text.
  public var english: String
  /// The Vietnamese text.
  public var vietnamese: String

  /// Creates a text from its English and Vietnamese versions.
  public init(en english: String, vi vietnamese: String) {
    self.english = english
    self.vietnamese = vietnamese
  }

  /// The text in `language`.
  public func text(in language: Language) -> String {
    switch language {
    case .english: return english
    case .vietnamese: return vietnamese
    }
  }
}
