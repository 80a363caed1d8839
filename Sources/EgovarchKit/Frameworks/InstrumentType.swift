/// The kind of a legal instrument, which sets how strongly a requirement resting on it binds a
/// province.
public enum InstrumentType: String, Sendable, Hashable, CaseIterable {
  /// A law of the National Assembly (Luật).
  case law
  /// A resolution of the National Assembly or of the Government (Nghị quyết).
  case resolution
  /// A Government decree (Nghị định).
  case decree
  /// A decision of the Prime Minister (Quyết định …/QĐ-TTg).
  case pmDecision = "pm-decision"
  /// A ministry's circular (Thông tư).
  case circular
  /// A directive of the Prime Minister (Chỉ thị): it tells agencies to act, it sets no
  /// component.
  case directive
  /// A minister's decision (Quyết định …/QĐ-BTTTT), such as the one issuing a framework.
  case ministryDecision = "ministry-decision"
  /// An official letter or notice (Công văn, Thông báo): guidance.
  case letter
  /// An official dispatch (Công điện), such as the Prime Minister's urgent instructions.
  case dispatch

  /// The strongest severity a requirement resting on this instrument may have: error for the
  /// texts that oblige provinces (laws, resolutions, decrees, the Prime Minister's decisions,
  /// circulars), warning for directives, a ministry's decisions, letters and dispatches.
  public var force: Severity {
    switch self {
    case .law, .resolution, .decree, .pmDecision, .circular: return .error
    case .directive, .ministryDecision, .letter, .dispatch: return .warning
    }
  }

  /// The word a citation starts with: "Decree" / "Nghị định".
  public var term: LocalizedText { Vocabulary.term(rawValue, in: Vocabulary.instrumentTypes) }
}
