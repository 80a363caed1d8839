/// `security/level-not-applicable`: a component that is not an information system (users, a
/// channel, an office, a set of services, a committee) is given a security level.
///
/// What exactly it reports, and where, is in its description's `details`, which
/// `egovarch rules` and `docs/rules.md` show with every example.
public struct LevelNotApplicableRule: Rule {
  /// The kinds of the catalogue (the same in frameworks 1.0, 2.0 and 3.0) that are not
  /// information systems, so cannot have a security level: people (`users`), the way in over
  /// the Internet (`web-channel`, not a system the province runs), the one-stop office
  /// (`public-service-centre`), the services themselves (`online-public-services`, which run on
  /// the administrative-procedure system) and a body of people (`steering-committee`).
  ///
  /// Every other kind is software, hardware or a network, which Decree 85/2016/NĐ-CP and the
  /// Cybersecurity Law classify: a mobile app, a call centre's switchboard and kiosks, a network,
  /// a data centre. `custom` and kinds the catalogue does not have may be either and are not
  /// reported.
  static let nonSystemKinds: Set<String> = [
    "users", "web-channel", "public-service-centre", "online-public-services", "steering-committee",
  ]

  public static let description = RuleDescription(
    id: "security/level-not-applicable", defaultSeverity: .error,
    summary: LocalizedText(
      en: "a component that is not an information system has a security level",
      vi: "thành phần không phải là hệ thống thông tin lại có cấp độ an toàn"),
    rationale: LocalizedText(
      en:
        "security levels are given to information systems, sets of hardware, software and data (Decree 85/2016/NĐ-CP; the Cybersecurity Law 116/2025/QH15, Art. 8): a level on users, an office or a committee is a mistake in the model, often the level of the system that serves them written on the wrong component",
      vi:
        "cấp độ an toàn được xác định cho hệ thống thông tin, tức tập hợp phần cứng, phần mềm và cơ sở dữ liệu (Nghị định 85/2016/NĐ-CP; Luật An ninh mạng 116/2025/QH15, Điều 8): cấp độ ghi cho người sử dụng, bộ phận một cửa hay ban chỉ đạo là lỗi của mô hình, thường là cấp độ của hệ thống phục vụ họ ghi nhầm thành phần"
    ),
    details: LocalizedText(
      en: """
        Each component that has `securityLevel` and whose kind is one of these is reported at its \
        `component` element, whatever its status and the date:
        - `users` (people);
        - `web-channel` (access over the Internet, not a system the province runs);
        - `public-service-centre` (the one-stop office);
        - `online-public-services` (the services, which run on the administrative-procedure system);
        - `steering-committee` (a body of people).

        Every other kind of the catalogue is software, hardware or a network and may have a level: a \
        mobile app, a call centre (its switchboard and kiosks), a network, a data centre. `custom` and \
        kinds the catalogue does not have are not reported. This is a rule rather than part of \
        `xml/schema` because XSD 1.0 cannot make an attribute depend on the value of another \
        (`kind`); the schema itself checks that the level is 1 to 5.
        """,
      vi: """
        Mỗi thành phần có `securityLevel` mà loại là một trong các loại sau bị báo tại phần tử \
        `component` của nó, bất kể trạng thái và ngày đánh giá:
        - `users` (con người);
        - `web-channel` (truy cập qua Internet, không phải hệ thống do tỉnh vận hành);
        - `public-service-centre` (bộ phận một cửa);
        - `online-public-services` (các dịch vụ, chạy trên hệ thống giải quyết thủ tục hành chính);
        - `steering-committee` (một tập thể người).

        Mọi loại khác của danh mục là phần mềm, phần cứng hoặc mạng và có thể có cấp độ: ứng dụng di \
        động, tổng đài (tổng đài và kiosk), mạng, trung tâm dữ liệu. Loại `custom` và loại không có \
        trong danh mục không bị báo. Đây là một quy tắc chứ không thuộc `xml/schema` vì XSD 1.0 không \
        cho phép một thuộc tính phụ thuộc vào giá trị của thuộc tính khác (`kind`); bản thân lược đồ \
        kiểm tra cấp độ từ 1 đến 5.
        """),
    basis:
      "Decree 85/2016/NĐ-CP of 01/07/2016 (to 30/06/2026); Law 116/2025/QH15 of 10/12/2025, Art. 8 (from 01/07/2026)",
    triggeringExamples: [
      Example(
        """
        <components>
          ↓<component id="citizens" kind="users" name="Người dân, doanh nghiệp" status="existing" securityLevel="3"/>
          ↓<component id="one-stop-office" kind="public-service-centre" name="Trung tâm Phục vụ hành chính công" status="existing" securityLevel="3"/>
          ↓<component id="committee" kind="steering-committee" name="Ban Chỉ đạo chuyển đổi số" status="retired" securityLevel="1"/>
          <component id="tthc" kind="tthc-system" name="Hệ thống giải quyết TTHC" status="existing" securityLevel="3"/>
        </components>
        """)
    ],
    nonTriggeringExamples: [
      Example(
        """
        <components>
          <component id="citizens" kind="users" name="Người dân, doanh nghiệp" status="existing"/>
          <component id="app" kind="mobile-app" name="Ứng dụng công dân số" status="existing" securityLevel="2"/>
          <component id="hotline" kind="call-centre" name="Tổng đài 1022" status="existing" securityLevel="2"/>
          <component id="network" kind="specialised-network" name="Mạng chuyên dùng" status="existing" securityLevel="3"/>
          <component id="own" kind="custom" name="Hệ thống riêng" status="existing" securityLevel="2"/>
        </components>
        """)
    ])

  public init() {}

  public func check(_ context: RuleContext) -> [RuleViolation] {
    context.architecture.components.filter { $0.securityLevel != nil && Self.nonSystemKinds.contains($0.kind) }.map {
      component in
      RuleViolation(
        message: .levelNotApplicable(
          SecurityTerms.component(component, in: context.framework), level: component.securityLevel ?? 0),
        position: component.position, component: component.id)
    }
  }
}

extension LocalizedText {
  fileprivate static func levelNotApplicable(_ component: LocalizedText, level: Int) -> Self {
    let system = Vocabulary.informationSystem
    return LocalizedText(
      en:
        "component \(component.english) is not an \(system.english) and cannot have a security level (securityLevel=\"\(level)\"): remove the attribute, or give the level to the system that serves it",
      vi:
        "thành phần \(component.vietnamese) không phải là \(system.vietnamese) nên không có cấp độ an toàn (securityLevel=\"\(level)\"): bỏ thuộc tính này, hoặc ghi cấp độ cho hệ thống phục vụ thành phần này"
    )
  }
}
