/// The rules egovarch knows, in one hand-written list sorted by id.
public enum RuleRegistry {
  /// The rules that run over a loaded model, sorted by id.
  public static let modelRules: [any Rule.Type] = [
    DistrictLevelRule.self,
    MergedProvinceRule.self,
    RenamedDepartmentRule.self,
    BypassIntegrationRule.self,
    MissingComponentRule.self,
    MissingLinkRule.self,
    NationalUnavailableRule.self,
    NotYetIssuedRule.self,
    SupersededRule.self,
    UnknownFrameworkRule.self,
    UnknownKindRule.self,
    CycleRule.self,
    SelfDependencyRule.self,
    NotReportedRule.self,
    TargetMissedRule.self,
    UnsupportedTargetRule.self,
    DuplicateIDRule.self,
    UnresolvedReferenceRule.self,
    DependencyLaterRule.self,
    DependencyUnscheduledRule.self,
    FoundationLateRule.self,
    OverdueRule.self,
    PhaseSequenceRule.self,
    StatusConflictRule.self,
    TaskOutsidePhaseRule.self,
    UnknownComponentRule.self,
    UnscheduledRule.self,
    LevelNotApplicableRule.self,
    ProcedureSystemLevelRule.self,
    UnmonitoredRule.self,
  ]

  /// The rules that still run over a model that breaks the schema.
  ///
  /// They look at its structure alone (ids, references, the dependency graph) and read no
  /// number, date or enumerated value. The framework, roadmap and indicator rules need those
  /// values and would be fed a default in place of each one the schema rejected, so they wait
  /// until the schema passes.
  public static let structuralRules: [any Rule.Type] = [
    CycleRule.self,
    SelfDependencyRule.self,
    DuplicateIDRule.self,
    UnresolvedReferenceRule.self,
  ]

  /// The findings the loader itself reports, before any rule runs.
  public static let loaderRules: [RuleDescription] = [
    DoctypeRule.description,
    MalformedXMLRule.description,
    SchemaViolationRule.description,
  ]

  /// Every rule's description, sorted by id.
  public static var descriptions: [RuleDescription] {
    (loaderRules + modelRules.map { $0.description }).sorted { $0.id < $1.id }
  }

  /// The description of the rule with `id`, if there is one.
  public static func description(of id: String) -> RuleDescription? {
    descriptions.first { $0.id == id }
  }
}
