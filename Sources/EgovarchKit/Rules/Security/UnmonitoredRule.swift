/// `security/unmonitored`: an information system at security level 3 or above has no security
/// monitoring, which the law asks of such systems.
///
/// What exactly it reports, and where, is in its description's `details`, which
/// `egovarch rules` and `docs/rules.md` show with every example.
public struct UnmonitoredRule: Rule {
  /// The kinds whose components monitor the systems that depend on them for `security`: the
  /// security operations centre and the security system (firewalls, intrusion prevention).
  static let monitoringKinds = ["soc", "security-system"]

  /// The national system a `security` dependency may name instead: the National Cyber Security
  /// Centre, the national monitoring centre that Circular 31/2017 and the Cybersecurity Law
  /// connect monitoring to.
  static let nationalMonitoringCentre = "ncsc"

  public static let description = RuleDescription(
    id: "security/unmonitored", defaultSeverity: .warning,
    summary: LocalizedText(
      en: "an information system at security level 3 or above has no security monitoring",
      vi: "hệ thống thông tin cấp độ 3 trở lên không được giám sát an toàn thông tin"),
    rationale: LocalizedText(
      en:
        "a system at level 3 or above has to be monitored centrally (Circular 31/2017/TT-BTTTT, Art. 5, until 30 June 2026; from 1 July 2026 the Cybersecurity Law 116/2025/QH15, Art. 40, and from 19 August 2026 Decree 331/2026/NĐ-CP, Art. 34): a model that gives such a system no link to a monitoring centre either misses the link or shows a system nobody watches",
      vi:
        "hệ thống cấp độ 3 trở lên phải được giám sát tập trung (Thông tư 31/2017/TT-BTTTT, Điều 5, đến ngày 30/6/2026; từ ngày 1/7/2026 Luật An ninh mạng 116/2025/QH15, Điều 40, và từ ngày 19/8/2026 Nghị định 331/2026/NĐ-CP, Điều 34): mô hình không cho hệ thống đó liên kết tới trung tâm giám sát nào thì hoặc thiếu liên kết, hoặc có hệ thống không ai giám sát"
    ),
    details: LocalizedText(
      en: """
        When the validation date (`--as-of`, the model's `asOf`, else today) is 2018-01-15 (Circular \
        31/2017/TT-BTTTT in force) or later, each component with `securityLevel` 3, 4 or 5 is reported at \
        its `component` element, once, unless it has a `dependsOn` of `type="security"` on one of:
        - a component of kind `soc` or `security-system` that is not retired;
        - `national:ncsc`, the National Cyber Security Centre: a system the national centre monitors \
        directly is monitored centrally, which is what Circular 31/2017, Art. 5 asks.

        Only the system's own dependencies count: a system hosted in a monitored data centre is not \
        taken as monitored, since the law asks that each level-3 system be monitored. Not reported: \
        retired components, components of scope `national` or `external` (the province does not run \
        them), components of kind `soc` (the monitoring centre itself), components of a kind that cannot have a level \
        (`security/level-not-applicable` reports them), components without \
        `securityLevel` or below level 3, and every model before 2018-01-15.

        The basis follows the date: Decree 85/2016/NĐ-CP (the levels) and Circular 31/2017/TT-BTTTT, \
        Art. 5, until 2026-06-30; the Cybersecurity Law 116/2025/QH15, Art. 8 and Art. 40(1)(b), from \
        2026-07-01; with Decree 331/2026/NĐ-CP, Art. 34(1)(e), from 2026-08-19 (both from a secondary \
        source).
        """,
      vi: """
        Khi ngày đánh giá (`--as-of`, thuộc tính `asOf` của mô hình, nếu không có thì ngày hiện tại) \
        từ 2018-01-15 (ngày Thông tư 31/2017/TT-BTTTT có hiệu lực) trở đi, mỗi thành phần có \
        `securityLevel` 3, 4 hoặc 5 bị báo một lần tại phần tử `component` của nó, trừ khi nó có \
        `dependsOn` với `type="security"` tới một trong:
        - thành phần loại `soc` hoặc `security-system` chưa ngừng sử dụng;
        - `national:ncsc`, Trung tâm Giám sát an toàn không gian mạng quốc gia: hệ thống được trung \
        tâm quốc gia giám sát trực tiếp là được giám sát tập trung, đúng yêu cầu của Thông tư 31/2017, \
        Điều 5.

        Chỉ xét phụ thuộc của chính hệ thống: hệ thống đặt tại trung tâm dữ liệu có giám sát không được \
        coi là đã được giám sát, vì pháp luật yêu cầu giám sát từng hệ thống cấp độ 3. Không bị báo: \
        thành phần đã ngừng sử dụng, thành phần có phạm vi `national` hoặc `external` (tỉnh không vận \
        hành), thành phần loại `soc` (chính trung tâm giám sát), thành phần thuộc loại không có cấp độ \
        (`security/level-not-applicable` báo chúng), thành phần không có `securityLevel` \
        hoặc dưới cấp độ 3, và mọi mô hình trước ngày 2018-01-15.

        Căn cứ theo ngày đánh giá: Nghị định 85/2016/NĐ-CP (cấp độ) và Thông tư 31/2017/TT-BTTTT, Điều \
        5, đến ngày 2026-06-30; Luật An ninh mạng 116/2025/QH15, Điều 8 và Điều 40 khoản 1 điểm b, từ \
        ngày 2026-07-01; thêm Nghị định 331/2026/NĐ-CP, Điều 34 khoản 1 điểm e, từ ngày 2026-08-19 (cả \
        hai theo nguồn thứ cấp).
        """),
    basis:
      "Decree 85/2016/NĐ-CP of 01/07/2016 and Circular 31/2017/TT-BTTTT of 15/11/2017, Art. 5 (to 30/06/2026); Law 116/2025/QH15 of 10/12/2025, Art. 8, Art. 40(1)(b) (from 01/07/2026); Decree 331/2026/NĐ-CP of 19/08/2026, Art. 34(1)(e) (from 19/08/2026)",
    triggeringExamples: [
      Example(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <architecture xmlns="urn:egovarch:architecture:1" id="example" province="Ví dụ" framework="2.0" asOf="2025-06-30">
          <components>
            <component id="soc" kind="soc" name="SOC tỉnh" status="retired" securityLevel="3"/>
            <component id="firewall" kind="security-system" name="Tường lửa" status="existing"/>
            ↓<component id="tthc" kind="tthc-system" name="Hệ thống giải quyết TTHC" status="existing" securityLevel="3">
              <dependsOn ref="firewall" type="hosting"/>
            </component>
            ↓<component id="lgsp" kind="lgsp" name="LGSP" status="planned" securityLevel="4">
              <dependsOn ref="soc" type="security"/>
            </component>
            <component id="eoffice" kind="eoffice" name="Quản lý văn bản" status="existing" securityLevel="3">
              <dependsOn ref="firewall" type="security"/>
            </component>
            <component id="portal" kind="web-portal" name="Cổng thông tin" status="existing" securityLevel="2"/>
          </components>
        </architecture>
        """),
      Example(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <architecture xmlns="urn:egovarch:architecture:1" id="example" province="Ví dụ" framework="3.0" asOf="2026-08-19">
          <components>
            ↓<component id="dc" kind="data-centre" name="Trung tâm dữ liệu" status="existing" securityLevel="3"/>
            <component id="tthc" kind="tthc-system" name="Hệ thống giải quyết TTHC" status="existing" securityLevel="3">
              <dependsOn ref="dc" type="hosting"/>
              <dependsOn ref="national:ncsc" type="security"/>
            </component>
          </components>
        </architecture>
        """),
    ],
    nonTriggeringExamples: [
      Example(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <architecture xmlns="urn:egovarch:architecture:1" id="example" province="Ví dụ" framework="2.0" asOf="2025-06-30">
          <components>
            <component id="soc" kind="soc" name="SOC tỉnh" status="existing" securityLevel="3"/>
            <component id="tthc" kind="tthc-system" name="Hệ thống giải quyết TTHC" status="existing" securityLevel="3">
              <dependsOn ref="soc" type="security"/>
            </component>
            <component id="old" kind="eoffice" name="Quản lý văn bản cũ" status="retired" securityLevel="3"/>
            <component id="portal" kind="web-portal" name="Cổng thông tin" status="existing" securityLevel="2"/>
            <component id="app" kind="sector-application" name="Phần mềm chuyên ngành" status="existing"/>
            <component id="vneid" kind="custom" name="VNeID" scope="national" status="existing" securityLevel="4"/>
          </components>
        </architecture>
        """),
      Example(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <architecture xmlns="urn:egovarch:architecture:1" id="example" province="Ví dụ" framework="2.0" asOf="2018-01-14">
          <components>
            <component id="tthc" kind="one-stop-shop" name="Một cửa điện tử" status="existing" securityLevel="3"/>
          </components>
        </architecture>
        """),
    ])

  public init() {}

  public func check(_ context: RuleContext) -> [RuleViolation] {
    guard context.asOf >= SecurityLaw.circular31.effective else { return [] }
    let basis = LegalInstrument.citation(of: Self.instruments(on: context.asOf))
    return context.architecture.components.filter { component in
      guard let level = component.securityLevel, level >= SecurityLaw.level3, component.status != .retired,
        component.scope != .national, component.scope != .external, component.kind != "soc",
        !LevelNotApplicableRule.nonSystemKinds.contains(component.kind)
      else { return false }
      return !isMonitored(component, in: context.graph)
    }.map { component in
      RuleViolation(
        message: .withBasis(
          .unmonitored(
            SecurityTerms.component(component, in: context.framework), level: component.securityLevel ?? 0,
            monitors: Self.monitorTerms(in: context.framework)),
          basis),
        position: component.position, component: component.id)
    }
  }

  /// The instruments the finding rests on at `date`: the levels and the monitoring duty in force.
  static func instruments(on date: CalendarDate) -> [LegalInstrument] {
    if date < SecurityLaw.newLawInForce { return [SecurityLaw.decree85, SecurityLaw.circular31] }
    if date < SecurityLaw.newDecreeInForce { return [SecurityLaw.cybersecurityLaw] }
    return [SecurityLaw.cybersecurityLaw, SecurityLaw.decree331Monitoring]
  }

  /// Whether `component` has a `security` dependency on a monitoring component that is not
  /// retired, or on the National Cyber Security Centre.
  private func isMonitored(_ component: Component, in graph: ComponentGraph) -> Bool {
    component.dependencies.contains { dependency in
      guard dependency.type == .security else { return false }
      switch dependency.reference {
      case .national(let kind): return kind == Self.nationalMonitoringCentre
      case .component(let id):
        guard let target = graph.component(withID: id) else { return false }
        return Self.monitoringKinds.contains(target.kind) && target.status != .retired
      }
    }
  }

  /// What a monitored system depends on, named from the catalogue, in the order the message
  /// gives them.
  private static func monitorTerms(in framework: Framework?) -> (kinds: [LocalizedText], centre: LocalizedText) {
    let centre = SecurityTerms.kind(
      nationalMonitoringCentre, shownAs: ComponentReference.nationalPrefix + nationalMonitoringCentre, in: framework)
    return (monitoringKinds.map { SecurityTerms.kind($0, in: framework) }, centre)
  }
}

extension LocalizedText {
  fileprivate static func unmonitored(
    _ component: LocalizedText, level: Int, monitors: (kinds: [LocalizedText], centre: LocalizedText)
  ) -> Self {
    let (levelTerm, monitoring, security) = (
      Vocabulary.securityLevel(level), Vocabulary.securityMonitoring, DependencyType.security
    )
    return LocalizedText(
      en:
        "component \(component.english) is at \(levelTerm.english) and has no \(monitoring.english): it has no dependency of type '\(security.rawValue)' on a component of kind \(Vocabulary.or(monitors.kinds.map(\.english))), nor on the \(monitors.centre.english)",
      vi:
        "thành phần \(component.vietnamese) ở \(levelTerm.vietnamese) nhưng không được \(monitoring.vietnamese): không có phụ thuộc kiểu '\(security.rawValue)' (\(security.term.vietnamese)) tới thành phần loại \(Vocabulary.orVietnamese(monitors.kinds.map(\.vietnamese))), cũng không tới \(monitors.centre.vietnamese)"
    )
  }
}
